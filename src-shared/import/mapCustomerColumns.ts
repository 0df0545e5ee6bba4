import { MULTI_COLUMN_FIELDS, type CustomerField } from './customerFields';
import { HEADER_PATTERNS, HEADER_SYNONYMS, WEAK_HEADERS, headerKey } from './headerSynonyms';

const STRONG = new Map<string, CustomerField>();
for (const [field, headers] of Object.entries(HEADER_SYNONYMS) as [CustomerField, readonly string[]][]) {
  for (const header of headers) STRONG.set(headerKey(header), field);
}
const WEAK = new Map<string, CustomerField>(
  Object.entries(WEAK_HEADERS).map(([header, field]) => [headerKey(header), field]),
);

function recognise(header: string): { field: CustomerField; weak: boolean } | null {
  const key = headerKey(header);
  if (!key) return null;
  const strong = STRONG.get(key) ?? HEADER_PATTERNS.find(([pattern]) => pattern.test(key))?.[1];
  if (strong) return { field: strong, weak: false };
  const weak = WEAK.get(key);
  return weak ? { field: weak, weak: true } : null;
}

/**
 * Which customer field each column fills, or null for a column we do not import. Email, phone,
 * tags and products may come from several columns; any other field is filled by its first
 * column, and a weak header ("Title", which Outlook uses for Mr/Ms) only when no other exists.
 */
export function mapCustomerColumns(headers: string[]): (CustomerField | null)[] {
  const recognised = headers.map(recognise);
  const hasStrong = new Set(recognised.filter((r) => r && !r.weak).map((r) => r?.field));
  const taken = new Set<CustomerField>();
  return recognised.map((r) => {
    if (!r) return null;
    if (MULTI_COLUMN_FIELDS.has(r.field)) return r.field;
    if (taken.has(r.field) || (r.weak && hasStrong.has(r.field))) return null;
    taken.add(r.field);
    return r.field;
  });
}
