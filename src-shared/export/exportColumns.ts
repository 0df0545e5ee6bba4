import type { Customer } from '../customer/customer';

/** The columns our CSV export can write, in their default order. */
export const EXPORT_COLUMNS = [
  'company', 'contactName', 'title', 'emails', 'phones', 'whatsapp', 'website', 'country', 'city', 'language',
  'timeZone', 'level', 'background', 'stage', 'source', 'tags', 'products', 'notes', 'createdAt', 'lastContactAt',
  'nextFollowUpAt',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/**
 * Default header labels. Each is one that mapCustomerColumns recognises (a test checks it), so an
 * exported file can be imported again as it is; translated labels must be recognised too.
 */
export const EXPORT_HEADER_LABELS: Readonly<Record<ExportColumn, string>> = {
  company: 'Company', contactName: 'Contact Name', title: 'Job Title', emails: 'Emails', phones: 'Phones',
  whatsapp: 'WhatsApp', website: 'Website', country: 'Country', city: 'City', language: 'Language',
  timeZone: 'Time Zone', level: 'Level', background: 'Background', stage: 'Stage', source: 'Source', tags: 'Tags',
  products: 'Products', notes: 'Notes', createdAt: 'Created', lastContactAt: 'Last Contact',
  nextFollowUpAt: 'Next Follow-up',
};

/** Multi-valued cells: "; " reads well in Excel, and import splits on it. */
export const LIST_SEPARATOR = '; ';

const isoDate = (time: number | null) => (time === null ? '' : new Date(time).toISOString());
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/**
 * One customer's value for a column, as plain text. Contacts are flattened: their names, titles,
 * emails and phones are listed in one cell each, because one customer is one row.
 */
export const EXPORT_VALUE: Readonly<Record<ExportColumn, (c: Customer) => string>> = {
  company: (c) => c.company,
  contactName: (c) => unique(c.contacts.map((k) => k.name)).join(LIST_SEPARATOR),
  title: (c) => unique(c.contacts.map((k) => k.title)).join(LIST_SEPARATOR),
  emails: (c) => unique(c.contacts.flatMap((k) => k.emails)).join(LIST_SEPARATOR),
  phones: (c) => unique(c.contacts.flatMap((k) => k.phones)).join(LIST_SEPARATOR),
  // One column holds one number: a second contact's WhatsApp would not import back as a number.
  whatsapp: (c) => c.contacts.find((k) => k.whatsapp)?.whatsapp ?? '',
  website: (c) => c.website,
  country: (c) => c.country,
  city: (c) => c.city,
  language: (c) => c.language,
  timeZone: (c) => c.timeZone,
  level: (c) => c.level,
  background: (c) => c.background,
  stage: (c) => c.stage,
  source: (c) => c.source,
  tags: (c) => c.tags.join(LIST_SEPARATOR),
  products: (c) => c.products.join(LIST_SEPARATOR),
  notes: (c) => c.notes,
  createdAt: (c) => isoDate(c.createdAt),
  lastContactAt: (c) => isoDate(c.lastContactAt),
  nextFollowUpAt: (c) => isoDate(c.nextFollowUpAt),
};
