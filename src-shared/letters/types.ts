/**
 * The letters contract: templates, the data a letter is rendered from, and what rendering and
 * checking return. Shared by the template engine (src-shared/letters), main (which renders,
 * because Handlebars compiles to code and the page's CSP forbids eval), the renderer (composer,
 * review, outbox) and the default template pack in resources/templates.
 */

/** What a template is for. Drives suggestions, held-back rules and List-Unsubscribe. */
export const TEMPLATE_KINDS = [
  'inquiryReply',
  'development',
  'quoteCover',
  'quoteFollowUp',
  'sampleFollowUp',
  'reorder',
  'festival',
  'closureNotice',
  'custom',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Kinds that are marketing rather than a reply: they carry List-Unsubscribe and respect the flag. */
export const UNSUBSCRIBABLE_KINDS: ReadonlySet<TemplateKind> = new Set(['development', 'festival', 'reorder', 'custom']);

/** The languages the default pack is written in. Variant keys are BCP 47 tags (en, pt, pt-BR…). */
export const PACK_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh'] as const;

/** One language version of a template: a Handlebars subject and a Handlebars HTML body. */
export interface TemplateVariant {
  subject: string;
  html: string;
}

/** A field the salesperson fills in once per batch in the composer (e.g. the closure dates). */
export interface TemplateInput {
  /** A path under `extra`, e.g. "closure.lastOrderDate" → {{extra.closure.lastOrderDate}}. */
  key: string;
  type: 'text' | 'date' | 'money' | 'number';
  /** Labels for the composer in the UI languages. */
  label: { en: string; 'zh-CN': string };
  required: boolean;
}

/** When the composer suggests this template. Empty lists match anything. */
export interface TemplateSuggestion {
  levels?: string[];
  backgrounds?: string[];
  stages?: string[];
}

export interface LetterTemplate {
  /** Stable id; the default pack's ids are its folder names (e.g. "inquiry-reply-a"). */
  id: string;
  kind: TemplateKind;
  /** Display names in the UI languages. */
  name: { en: string; 'zh-CN': string };
  /** One line for the template list, in the UI languages. */
  description: { en: string; 'zh-CN': string };
  suggest: TemplateSuggestion;
  /** Batch-wide fields the composer asks for. */
  inputs: TemplateInput[];
  /** Variants by language tag. */
  variants: Record<string, TemplateVariant>;
  /** The last resort of the fallback chain (normally "en"). */
  fallbackLanguage: string;
  /** Set on templates from the default pack; "restore defaults" rewrites these. */
  builtIn: boolean;
  updatedAt: number;
}

/** Money as exact integer minor units (cents) with its ISO 4217 currency. */
export interface Money {
  minor: number;
  currency: string;
}

/**
 * Everything a template can refer to. Each recipient gets their own; every string in it is
 * customer- or user-supplied and is always HTML-escaped on output.
 */
export interface LetterData {
  /** Locale and clock the helpers format with: the customer's, not the salesperson's. */
  letter: {
    /** BCP 47 locale for Intl, from the customer's language and country (e.g. "es-MX"). */
    locale: string;
    /** The variant language actually used (after fallback). */
    language: string;
    timeZone: string;
    /** Default currency for `money` when a plain number is given. */
    currency: string;
    /** When the letter is (or will be) sent, epoch ms: drives `greeting` and "today". */
    sendAt: number;
  };
  customer: {
    company: string;
    country: string;
    /** The country's name in the letter's language. */
    countryName: string;
    city: string;
    website: string;
    level: string;
    background: string;
    stage: string;
    products: string[];
    /** Epoch ms of the last contact, or null. */
    lastContactAt: number | null;
  };
  contact: {
    name: string;
    firstName: string;
    lastName: string;
    title: string;
    email: string;
  };
  /** The salesperson writing (from Settings → Profile). */
  salesperson: {
    name: string;
    title: string;
    email: string;
    phone: string;
    whatsapp: string;
  };
  /** The seller's company (from Settings → Profile). */
  company: {
    name: string;
    website: string;
    address: string;
    phone: string;
  };
  /** Products to present: the customer's products, each as a name with optional details. */
  products: Array<{ name: string; model?: string; price?: Money; moq?: number; unit?: string }>;
  /** Batch-wide values the salesperson typed in the composer (quote, festival, closure, inquiry…). */
  extra: Record<string, unknown>;
}

/** What rendering one letter gives. `missing` names unresolved fields; rendering never throws for one. */
export interface RenderedLetter {
  subject: string;
  html: string;
  text: string;
  missing: string[];
}

/** A template problem found before saving or rendering, with its place in the source. */
export interface TemplateProblem {
  part: 'subject' | 'html';
  code: 'syntax' | 'unknownHelper' | 'unescapedOutput' | 'partial' | 'tooLarge' | 'forbidden';
  message: string;
  /** 1-based; 0 when not known. */
  line: number;
  column: number;
  /** The helper or field concerned, when there is one. */
  name?: string;
}

/** Which variant a language picked, and how: shown in the review. */
export interface VariantChoice {
  /** The variant's language key. */
  language: string;
  variant: TemplateVariant;
  /** The chain that was tried, e.g. ["pt-BR", "pt", "en"]. */
  chain: string[];
  /** True when the customer's own language (or its base language) had a variant. */
  exact: boolean;
}

/** Why a recipient is held back in the review. */
export type RecipientProblem =
  | { code: 'missingField'; field: string }
  | { code: 'noEmail' }
  | { code: 'invalidEmail'; address: string }
  | { code: 'bouncedAddress'; address: string }
  | { code: 'unsubscribed' }
  | { code: 'recentlyContacted'; days: number; at: number }
  | { code: 'renderFailed'; message: string };

/** Who writes (Settings → Profile): the salesperson and the seller's company. */
export interface SenderProfile {
  salesperson: LetterData['salesperson'];
  company: LetterData['company'];
}
