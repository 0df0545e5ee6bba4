import type { CustomerInput } from '../customer/customer';
import { normaliseCompanyName } from '../customer/derived';

export interface FileDuplicate {
  /** The earlier row this one repeats. */
  first: number;
  /** What they share: the email, or the company name. */
  value: string;
}

/**
 * Remembers each row's emails and company (normalised name + country) so that a later row for
 * the same customer is caught before both are imported. Two companies of the same name in two
 * countries are different customers; the same email is always the same person.
 */
export class FileDuplicates {
  private readonly byEmail = new Map<string, number>();
  /** Country → normalised company name → row. */
  private readonly byCompany = new Map<string, Map<string, number>>();

  /** Returns the earlier row this one repeats, and records this row for the rows after it. */
  check(customer: CustomerInput, row: number): FileDuplicate | null {
    let found: FileDuplicate | null = null;
    for (const contact of customer.contacts) {
      for (const email of contact.emails) {
        const first = this.byEmail.get(email);
        if (first !== undefined) found ??= { first, value: email };
        else this.byEmail.set(email, row);
      }
    }
    if (customer.country) {
      const nameKey = normaliseCompanyName(customer.company);
      if (nameKey) {
        let names = this.byCompany.get(customer.country);
        if (!names) {
          names = new Map();
          this.byCompany.set(customer.country, names);
        }
        const first = names.get(nameKey);
        if (first !== undefined) found ??= { first, value: customer.company };
        else names.set(nameKey, row);
      }
    }
    return found;
  }
}
