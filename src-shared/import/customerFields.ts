/** The customer fields a column of an imported table can fill. */
export const CUSTOMER_FIELDS = [
  'company', 'contactName', 'firstName', 'lastName', 'title', 'email', 'phone', 'whatsapp', 'website',
  'country', 'city', 'language', 'timeZone', 'level', 'background', 'stage', 'source', 'tags', 'products',
  'notes', 'lastContactAt', 'nextFollowUpAt',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * Fields whose values several columns may hold ("E-mail 1 - Value", "E-mail 2 - Value"); every
 * other field takes only one column, or two sources would silently overwrite each other.
 */
export const MULTI_COLUMN_FIELDS: ReadonlySet<CustomerField> = new Set(['email', 'phone', 'tags', 'products']);
