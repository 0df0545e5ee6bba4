import type { Customer, CustomerInput } from '../../src-shared/customer/customer';
import { customerInputSchema } from '../../src-shared/customer/customer';
import { isCountryCode } from '../../src-shared/customer/countries';
import { withDerivedFields } from '../../src-shared/customer/derived';
import { DataError, invalidInput } from './errors';

/**
 * A stored customer from what the form or the import gave: checked against the schema (which
 * also trims text and lower-cases addresses), ids for the record and its contacts, times, and the
 * derived fields that the indexes and duplicate checks read. Throws DataError; writes nothing.
 */
export function customerRecord(
  input: unknown,
  times: { createdAt: number; updatedAt: number },
  id: string = crypto.randomUUID(),
  errorParams: Record<string, string | number> = {},
): Customer {
  const parsed = customerInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput('invalidCustomer', parsed.error, errorParams);
  const data = parsed.data;
  if (!isCountryCode(data.country)) {
    throw new DataError('invalidCustomer', `Unknown country ${data.country}`, { ...errorParams, field: 'country', problem: 'unknown' });
  }
  const { id: _ignored, sample, ...rest } = data;
  const record = {
    ...rest,
    contacts: data.contacts.map((c) => ({ ...c, id: c.id ?? crypto.randomUUID() })),
    id,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    ...(sample === 1 ? { sample: 1 as const } : {}),
  };
  return { ...record, ...withDerivedFields(record) };
}

/** The editable part of a stored customer, to apply a patch to. */
export function inputOf(customer: Customer): CustomerInput {
  const { id: _id, createdAt: _c, updatedAt: _u, emails: _e, domain: _d, nameKey: _n, ...input } = customer;
  return input;
}
