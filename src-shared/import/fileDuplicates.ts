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
  private readonly byCompany = new Map<string, number>();

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
    const nameKey = normaliseCompanyName(customer.company);
    if (nameKey && customer.country) {
      const key = `${customer.country}|${nameKey}`;
      const first = this.byCompany.get(key);
      if (first !== undefined) found ??= { first, value: customer.company };
      else this.byCompany.set(key, row);
    }
    return found;
  }
}
