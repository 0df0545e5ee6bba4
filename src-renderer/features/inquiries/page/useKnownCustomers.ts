import { useEffect, useState } from 'react';
import type { Customer } from '../../../../src-shared/customer/customer';
import { findKnownForInquiry } from '../../../data';

/** Customers of the book this inquiry may come from (address, domain, company name); [] when none. */
export function useKnownCustomers(inquiryId: string, version: number): Customer[] | undefined {
  const [found, setFound] = useState<{ key: string; customers: Customer[] } | null>(null);
  const key = `${inquiryId}:${version}`;
  useEffect(() => {
    let live = true;
    findKnownForInquiry(inquiryId).then(
      (customers) => live && setFound({ key, customers }),
      () => live && setFound({ key, customers: [] }),
    );
    return () => {
      live = false;
    };
  }, [inquiryId, key]);
  return found?.key === key ? found.customers : undefined;
}
