import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Customer } from '../../../../src-shared/customer/customer';
import { queryBook } from '../../../data';

const LIMIT = 20;

/** Up to 20 customers matching what was typed (name, email, domain…), the given one left out. */
export function useCustomerSearch(text: string, excludeId: string): { results: Customer[] | null; searching: boolean } {
  const [settled] = useDebouncedValue(text.trim(), 200);
  const [found, setFound] = useState<{ query: string; results: Customer[] } | null>(null);

  useEffect(() => {
    if (!settled) return;
    let current = true;
    queryBook({ search: settled }, { key: 'company', dir: 'asc' }, 0, LIMIT + 1).then(
      ({ customers }) => current && setFound({ query: settled, results: customers.filter((c) => c.id !== excludeId).slice(0, LIMIT) }),
      () => current && setFound({ query: settled, results: [] }),
    );
    return () => {
      current = false;
    };
  }, [settled, excludeId]);

  if (!settled) return { results: null, searching: false };
  const fresh = found?.query === settled;
  return { results: fresh ? found.results : null, searching: !fresh };
}
