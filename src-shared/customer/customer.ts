import { z } from 'zod';
import { SOURCES } from './vocabulary';

/**
 * The customer record as stored in IndexedDB. Times are epoch milliseconds (cheap to index and
 * sort); ids are random UUIDs so that books can later sync without clashes.
 */
export interface Contact {
  id: string;
  name: string;
  title: string;
  emails: string[];
  phones: string[];
  whatsapp: string;
  /** Set when the contact asked not to receive development letters. */
  unsubscribed?: boolean;
}

export interface Customer {
  id: string;
  company: string;
  website: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  city: string;
  contacts: Contact[];
  /** BCP 47 language tag of the customer (en, es, pt-BR, ar, zh-CN…). */
  language: string;
  /** IANA time zone; defaults from the country, editable. */
  timeZone: string;
  level: string;
  background: string;
  stage: string;
  source: string;
  tags: string[];
  products: string[];
  notes: string;
  createdAt: number;
  updatedAt: number;
  lastContactAt: number | null;
  nextFollowUpAt: number | null;
  /** 1 when the record belongs to the removable sample book. */
  sample?: 1;
  // Derived fields, kept in step by `withDerivedFields`, for indexes and duplicate checks.
  /** Every contact email, lower case. */
  emails: string[];
  /** The company's own mail or web domain; '' when only free-mail addresses are known. */
  domain: string;
  /** The company name normalised for "near-identical" comparison. */
  nameKey: string;
}

/** What a person types or imports; ids, times and derived fields are filled in by the book. */
export type CustomerInput = Omit<
  Customer,
  'id' | 'createdAt' | 'updatedAt' | 'emails' | 'domain' | 'nameKey' | 'contacts'
> & {
  id?: string;
  contacts: Array<Omit<Contact, 'id'> & { id?: string }>;
};

/** One entry on a customer's timeline. */
export interface Interaction {
  id: string;
  customerId: string;
  /** note and call now; letter, quote and inquiry join later. */
  kind: 'note' | 'call' | 'merge' | 'import' | 'letter' | 'quote' | 'inquiry';
  at: number;
  text: string;
}

/** Limits shared by the forms, the import and the IPC checks. */
export const LIMITS = {
  name: 200,
  shortText: 200,
  notes: 20_000,
  tags: 50,
  contacts: 50,
} as const;

const trimmed = (max: number) => z.string().trim().max(max);

export const contactSchema = z.object({
  id: z.string().optional(),
  name: trimmed(LIMITS.name),
  title: trimmed(LIMITS.shortText),
  emails: z.array(z.string().trim().toLowerCase().pipe(z.email())).max(20),
  phones: z.array(trimmed(40)).max(20),
  whatsapp: trimmed(40),
  unsubscribed: z.boolean().optional(),
});

/**
 * Structural checks only. Country-aware checks (is this phone number valid for Brazil?) live in
 * `validateCustomer`, because they need the country first.
 */
export const customerInputSchema = z.object({
  id: z.string().optional(),
  company: trimmed(LIMITS.name).min(1),
  website: trimmed(LIMITS.shortText),
  country: z.string().regex(/^[A-Z]{2}$/),
  city: trimmed(LIMITS.shortText),
  contacts: z.array(contactSchema).max(LIMITS.contacts),
  language: z.string().min(2).max(35),
  timeZone: z.string().min(1).max(64),
  level: z.string().min(1).max(8),
  background: z.string().min(1).max(40),
  stage: z.string().min(1).max(40),
  source: z.enum(SOURCES),
  tags: z.array(trimmed(60).min(1)).max(LIMITS.tags),
  products: z.array(trimmed(LIMITS.shortText).min(1)).max(200),
  notes: z.string().max(LIMITS.notes),
  lastContactAt: z.number().nullable(),
  nextFollowUpAt: z.number().nullable(),
  sample: z.literal(1).optional(),
});
