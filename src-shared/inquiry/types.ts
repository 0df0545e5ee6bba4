/**
 * Inquiry qualification: what the app reads out of an inquiry, and what the scorecard says.
 * Pure types, shared by the engine (src-shared/inquiry), the renderer (inbox, scorecard, flow)
 * and the tests. The public entry point is `qualifyInquiry(input)` in qualify.ts.
 */

/** Where the inquiry came from. */
export const INQUIRY_CHANNELS = ['alibaba', 'rfq', 'email', 'website', 'tradeFair', 'whatsapp', 'madeInChina', 'other'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

/** What the buyer's platform profile shows, typed in by the salesperson. All optional. */
export interface PlatformSignals {
  /** Verified buyer ("blue label"). */
  verified?: boolean;
  /** Activity in the last 90 days. */
  productViews?: number;
  validInquiries?: number;
  rfqs?: number;
  loginDays?: number;
  junkInquiries?: number;
  /** Times other suppliers blacklisted this buyer. */
  blacklisted?: number;
}

/** The public input of qualifyInquiry. */
export interface QualifyInput {
  text: string;
  subject?: string;
  fromEmail?: string;
  fromName?: string;
  /** ISO 3166-1 alpha-2 when known (platform inquiries show it). */
  country?: string;
  /** ISO 8601 with offset, e.g. "2026-11-26T03:12:00-05:00": the offset is the buyer's clock. */
  receivedAt?: string;
  platform?: PlatformSignals;
  /** Where it came from; the text also tells for platform notifications. */
  channel?: InquiryChannel;
}

/** One line of the scorecard: a signal that fired, its weight, and what made it fire. */
export interface SignalResult {
  id: string;
  /** Points added (positive) or taken away (negative). */
  weight: number;
  /** The matched words or fields, quoted from the inquiry. */
  evidence: string;
}

/** The public result of qualifyInquiry. */
export interface Qualification {
  /** 0-100. */
  score: number;
  /** Suggested level on the default A-E scale. */
  level: string;
  /** Suggested background code (src-shared/customer/vocabulary.ts), when the text says. */
  background?: string;
  /** freeMail, fraudRisk, nightTime, countryMismatch, phoneMismatch, languageMismatch, vagueMass, knownCustomer … */
  flags: string[];
  signals: SignalResult[];
  plan: {
    /** Reply with the template, or archive (level E: junk, fraud). */
    action: 'reply' | 'archive';
    /** The template kind to reply with (inquiryReply) and the default-pack template id for the level. */
    templateKind: string;
    templateId?: string;
    /** Question codes to ask, e.g. "askQuantity", "askDestinationPort"; the UI and templates translate them. */
    questions: string[];
    /** ISO 8601 instant: 24 hours after receivedAt (or now). */
    replyBy: string;
    /** The buyer's UTC offset in minutes when receivedAt carried one: shows replyBy on the buyer's clock. */
    buyerUtcOffsetMinutes?: number;
  };
  /** The language the inquiry is written in (BCP 47: en, es, pt, fr, de, ru, ar, zh), offered to the customer. */
  language: string;
  /** The known customer it links to, when one matched. */
  knownCustomer?: KnownCustomerMatch;
  /** What was read out of the inquiry, for the user to check and correct. */
  extracted: ExtractedInquiry;
}

/** The input of extractInquiry: what a paste or an .eml gives. */
export interface ExtractInput {
  text: string;
  subject?: string;
  fromEmail?: string;
  fromName?: string;
}

/** A value read out of the inquiry with the words it was read from. */
export interface Found<T> {
  value: T;
  /** The matched words, quoted from the inquiry (or the field it came from). */
  evidence: string;
}

/** Where the country was read from, strongest first. */
export type CountrySource = 'input' | 'platform' | 'text' | 'phone' | 'emailDomain';

export interface ExtractedInquiry {
  /** BCP 47 base language of the body. */
  language: string;
  /** Email headers read from the top of a pasted message (from, to, subject, date…), lower-case names. */
  headers: Record<string, string>;
  subject?: string;
  /** alibaba / madeInChina when the text is one of their notifications. */
  channel?: InquiryChannel;
  senderName?: Found<string>;
  /** The sender's address first, then others in the text; lower case. */
  emails: string[];
  company?: Found<string>;
  website?: Found<string>;
  country?: Found<string> & { source: CountrySource };
  /** The country each source points to, for the mismatch checks. */
  countryBy: Partial<Record<CountrySource, string>>;
  /** E.164 numbers with their country. */
  phones: Array<Found<string> & { country?: string }>;
  whatsapp?: Found<string>;
  /** Product names (from the platform's product line or "looking for …"). */
  products: Found<string>[];
  /** Model numbers such as XR-200. */
  models: Found<string>[];
  /** Specifications written in the buyer's own words (40W, IP65, E27, 600x600…). */
  specs: Found<string>[];
  quantity?: Found<{ amount: number; unit: string }>;
  /** Integer minor units (cents) and ISO 4217 currency. */
  targetPrice?: Found<{ minor: number; currency: string }>;
  tradeTerm?: Found<string> & { place?: string };
  paymentTerms: Found<string>[];
  deliveryDate?: Found<string>;
  certificates: Found<string>[];
  sampleRequest?: Found<true>;
  oemOrPackaging?: Found<true>;
  signature: SignatureParts;
  /** The body as analysed (normalised, quotes and footers cut). */
  text: string;
  /** Problems with the input itself: emptyText, binaryText, truncated, noEmail… */
  problems: InquiryProblemCode[];
}

export interface SignatureParts {
  /** The lines taken as the signature. */
  lines: string[];
  name?: string;
  title?: string;
  company?: string;
  phone?: string;
  address?: string;
  website?: string;
  /** Name, company and at least two of title, phone, address, website. */
  full: boolean;
}

export type InquiryProblemCode = 'emptyText' | 'binaryText' | 'truncated' | 'noEmail' | 'htmlOnly';

/** A known customer the inquiry matched, and how. */
export interface KnownCustomerMatch {
  id: string;
  company: string;
  level: string;
  by: 'email' | 'domain' | 'name';
  /** The address, domain or name that matched. */
  evidence: string;
}
