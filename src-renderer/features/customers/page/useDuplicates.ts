import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Customer, CustomerInput } from '../../../../src-shared/customer/customer';
import { withDerivedFields } from '../../../../src-shared/customer/derived';
import { findDuplicatesOf } from '../../../data';

export interface DuplicateMatch {
  customer: Customer;
  reasons: ('email' | 'domain' | 'name')[];
}

const NONE: DuplicateMatch[] = [];

interface Probe {
  id?: string;
  emails: string[];
  domain: string;
  nameKey: string;
}

/** One letter of a name matches half the book: not worth a hint. */
const worthAsking = (q: Probe) => q.emails.length > 0 || Boolean(q.domain) || q.nameKey.length >= 2;

type Source = Pick<CustomerInput, 'company' | 'website' | 'contacts'> & { id?: string };

/**
 * Customers that look like this one: same email, same company domain, or a near-identical name.
 * While typing, the check waits until the salesperson pauses (`debounceMs`).
 */
export function useDuplicates(source: Source, debounceMs: number): DuplicateMatch[] {
  const probe = useMemo((): Probe => {
    const { emails, domain, nameKey } = withDerivedFields(source);
    return { id: source.id, emails, domain, nameKey };
  }, [source]);
  // A string key: the probe object is new on every keystroke, its content mostly is not.
  const key = JSON.stringify(probe);
  const [settledKey] = useDebouncedValue(key, debounceMs);
  const [found, setFound] = useState<DuplicateMatch[]>(NONE);

  useEffect(() => {
    const query = JSON.parse(settledKey) as Probe;
    if (!worthAsking(query)) return;
    let current = true;
    findDuplicatesOf(query).then(
      (matches) => current && setFound(matches),
      // A failed look-up only hides the hint; the form itself stays usable.
      () => current && setFound(NONE),
    );
    return () => {
      current = false;
    };
  }, [settledKey]);

  // Until the pause is over, keep showing the last answer rather than flickering it away.
  if (!worthAsking(probe)) return NONE;
  return found;
}
