import type { CustomerField } from '../../../src-shared/import/customerFields';
import { CUSTOMER_FIELDS, MULTI_COLUMN_FIELDS } from '../../../src-shared/import/customerFields';
import type { ColumnMapping } from './importProtocol';

/** A customer needs a name to be found again: a company, or else a contact person's name. */
const NAME_FIELDS: readonly CustomerField[] = ['company', 'contactName', 'firstName', 'lastName'];
/** …and a country, which an international phone number can tell. */
const PLACE_FIELDS: readonly CustomerField[] = ['country', 'phone', 'whatsapp'];

export type MappingProblem =
  | { kind: 'noName' }
  | { kind: 'noPlace' }
  | { kind: 'twice'; field: CustomerField; columns: number[] };

/** What keeps a mapping from being usable, in the order the salesperson should fix it. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const used = new Set(mapping.filter((f): f is CustomerField => f !== null));
  if (!NAME_FIELDS.some((f) => used.has(f))) problems.push({ kind: 'noName' });
  if (!PLACE_FIELDS.some((f) => used.has(f))) problems.push({ kind: 'noPlace' });
  for (const field of used) {
    if (MULTI_COLUMN_FIELDS.has(field)) continue;
    const columns = mapping.flatMap((f, i) => (f === field ? [i] : []));
    // Two columns for one single-valued field would silently overwrite each other.
    if (columns.length > 1) problems.push({ kind: 'twice', field, columns });
  }
  return problems;
}

/** The column a fix for this field should edit: the first one that feeds it, or -1. */
export function columnOfField(mapping: ColumnMapping, field: string): number {
  return mapping.findIndex((f) => f === field);
}

/** Fields in the order of the mapping Select: as CUSTOMER_FIELDS lists them. */
export const MAPPABLE_FIELDS: readonly CustomerField[] = CUSTOMER_FIELDS;
