import type { Customer } from '../../../../src-shared/customer/customer';

/** How much the salesperson has put into a record: people, history, and filled-in fields. */
export function richness(customer: Customer, interactions: number): number {
  const filled = [customer.website, customer.city, customer.notes].filter((s) => s.trim()).length;
  const people = customer.contacts.length * 3;
  return people + interactions + filled + customer.tags.length + customer.products.length;
}

/**
 * Which record to keep by default: the one with clearly more data, else the older one (its id
 * is the one older links and letters already point to).
 */
export function defaultKeepId(a: Customer, aInteractions: number, b: Customer, bInteractions: number): string {
  const ra = richness(a, aInteractions);
  const rb = richness(b, bInteractions);
  if (ra !== rb) return ra > rb ? a.id : b.id;
  return a.createdAt <= b.createdAt ? a.id : b.id;
}
