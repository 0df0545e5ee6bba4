import type { Customer, CustomerInput } from '../../../../src-shared/customer/customer';
import { defaultLanguage, defaultTimeZone } from '../../../../src-shared/customer/countries';
import type { LevelDefinition } from '../../../../src-shared/customer/vocabulary';

/**
 * The form's working copy of a customer. It stays close to CustomerInput so that validation
 * paths ("contacts.0.emails.1") point straight at form fields, and it remembers whether the
 * salesperson chose the zone and language by hand, so a country change only fills what they
 * have not decided themselves.
 */
export interface DraftContact {
  /** Stable React key; a stored contact keeps its id. */
  key: string;
  id?: string;
  name: string;
  title: string;
  emails: string[];
  phones: string[];
  whatsapp: string;
  unsubscribed: boolean;
}

export interface CustomerDraft {
  company: string;
  website: string;
  country: string;
  city: string;
  language: string;
  timeZone: string;
  level: string;
  background: string;
  stage: string;
  source: CustomerInput['source'];
  tags: string[];
  products: string[];
  notes: string;
  nextFollowUpAt: number | null;
  contacts: DraftContact[];
  timeZoneByHand: boolean;
  languageByHand: boolean;
}

let keySeq = 0;
const newKey = () => `draft-contact-${++keySeq}`;

export function emptyContact(): DraftContact {
  return { key: newKey(), name: '', title: '', emails: [], phones: [], whatsapp: '', unsubscribed: false };
}

/** A new inquiry is usually an ordinary prospect; on a custom scale take the one before last. */
export function defaultLevel(levels: readonly LevelDefinition[]): string {
  if (levels.some((l) => l.code === 'D')) return 'D';
  return levels[Math.max(0, levels.length - 2)]?.code ?? '';
}

/** `level` stays empty: the editor shows the scale's default until the salesperson picks one. */
export function newCustomerDraft(): CustomerDraft {
  return {
    company: '',
    website: '',
    country: '',
    city: '',
    language: 'en',
    timeZone: '',
    level: '',
    background: 'unknown',
    stage: 'newInquiry',
    source: 'other',
    tags: [],
    products: [],
    notes: '',
    nextFollowUpAt: null,
    // One empty card: almost every customer comes with a person to write to.
    contacts: [emptyContact()],
    timeZoneByHand: false,
    languageByHand: false,
  };
}

export function draftFromCustomer(c: Customer): CustomerDraft {
  return {
    company: c.company,
    website: c.website,
    country: c.country,
    city: c.city,
    language: c.language,
    timeZone: c.timeZone,
    level: c.level,
    background: c.background,
    stage: c.stage,
    source: c.source,
    tags: [...c.tags],
    products: [...c.products],
    notes: c.notes,
    nextFollowUpAt: c.nextFollowUpAt,
    contacts: c.contacts.map((k) => ({
      key: k.id || newKey(),
      id: k.id,
      name: k.name,
      title: k.title,
      emails: [...k.emails],
      phones: [...k.phones],
      whatsapp: k.whatsapp,
      unsubscribed: Boolean(k.unsubscribed),
    })),
    // A zone other than the country's default was chosen by someone: keep it when the country
    // is corrected. The language of a stored customer is never changed behind the user's back.
    timeZoneByHand: c.timeZone !== defaultTimeZone(c.country),
    languageByHand: true,
  };
}

export type DraftAction =
  | { type: 'set'; field: Exclude<keyof CustomerDraft, 'contacts' | 'country' | 'timeZone' | 'language'>; value: unknown }
  | { type: 'country'; value: string }
  | { type: 'timeZone'; value: string }
  | { type: 'language'; value: string }
  | { type: 'contact'; index: number; patch: Partial<Omit<DraftContact, 'key' | 'id'>> }
  | { type: 'addContact' }
  | { type: 'removeContact'; index: number }
  | { type: 'reset'; draft: CustomerDraft };

export function draftReducer(draft: CustomerDraft, action: DraftAction): CustomerDraft {
  switch (action.type) {
    case 'set':
      return { ...draft, [action.field]: action.value };
    case 'country': {
      const country = action.value;
      const next = { ...draft, country };
      if (country && !draft.timeZoneByHand) next.timeZone = defaultTimeZone(country);
      if (country && !draft.languageByHand) next.language = defaultLanguage(country);
      return next;
    }
    case 'timeZone':
      return { ...draft, timeZone: action.value, timeZoneByHand: true };
    case 'language':
      return { ...draft, language: action.value, languageByHand: true };
    case 'contact':
      return {
        ...draft,
        contacts: draft.contacts.map((k, i) => (i === action.index ? { ...k, ...action.patch } : k)),
      };
    case 'addContact':
      return { ...draft, contacts: [...draft.contacts, emptyContact()] };
    case 'removeContact':
      return { ...draft, contacts: draft.contacts.filter((_, i) => i !== action.index) };
    case 'reset':
      return action.draft;
  }
}

const isBlankContact = (k: DraftContact) =>
  !k.name.trim() && !k.title.trim() && k.emails.length === 0 && k.phones.length === 0 && !k.whatsapp.trim();

export interface DraftInput {
  input: CustomerInput;
  /** input.contacts[i] came from draft.contacts[contactIndex[i]]: blank cards are left out. */
  contactIndex: number[];
}

/** The record to validate and store. Untouched blank contact cards are dropped, not stored. */
export function inputFromDraft(draft: CustomerDraft, base: Customer | null): DraftInput {
  const contactIndex: number[] = [];
  const contacts: CustomerInput['contacts'] = [];
  draft.contacts.forEach((k, i) => {
    if (isBlankContact(k)) return;
    contactIndex.push(i);
    contacts.push({
      ...(k.id ? { id: k.id } : {}),
      name: k.name.trim(),
      title: k.title.trim(),
      emails: k.emails.map((e) => e.trim()).filter(Boolean),
      phones: k.phones.map((p) => p.trim()).filter(Boolean),
      whatsapp: k.whatsapp.trim(),
      ...(k.unsubscribed ? { unsubscribed: true } : {}),
    });
  });
  const input: CustomerInput = {
    ...(base ? { id: base.id } : {}),
    company: draft.company.trim(),
    website: draft.website.trim(),
    country: draft.country,
    city: draft.city.trim(),
    contacts,
    language: draft.language,
    timeZone: draft.timeZone || (draft.country ? defaultTimeZone(draft.country) : 'UTC'),
    level: draft.level,
    background: draft.background,
    stage: draft.stage,
    source: draft.source,
    tags: draft.tags.map((s) => s.trim()).filter(Boolean),
    products: draft.products.map((s) => s.trim()).filter(Boolean),
    notes: draft.notes,
    lastContactAt: base?.lastContactAt ?? null,
    nextFollowUpAt: draft.nextFollowUpAt,
    ...(base?.sample ? { sample: base.sample } : {}),
  };
  return { input, contactIndex };
}

/** Validation speaks in input paths; the form speaks in draft paths. */
export function toDraftPath(path: string, contactIndex: readonly number[]): string {
  const m = /^contacts\.(\d+)(.*)$/.exec(path);
  if (!m) return path;
  const draftIndex = contactIndex[Number(m[1])];
  return draftIndex === undefined ? path : `contacts.${draftIndex}${m[2]}`;
}

/** Compares what would be stored, so a touched-then-restored field is not "unsaved". */
export function sameDraft(a: CustomerDraft, b: CustomerDraft): boolean {
  return JSON.stringify(inputFromDraft(a, null).input) === JSON.stringify(inputFromDraft(b, null).input);
}
