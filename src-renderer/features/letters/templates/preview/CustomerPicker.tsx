import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../src-shared/customer/customer';
import { queryBook } from '../../../../data';

const LIMIT = 20;

interface CustomerPickerProps {
  /** The customer shown now (kept among the options while searching). */
  customer: Customer | undefined;
  onPick(id: string): void;
}

/** A searchable customer picker for the preview: type a name, email or domain. */
export function CustomerPicker({ customer, onPick }: CustomerPickerProps) {
  const { t } = useTranslation(['templates', 'customer']);
  const [search, setSearch] = useState('');
  const [settled] = useDebouncedValue(search.trim(), 200);
  const [found, setFound] = useState<Customer[]>([]);

  useEffect(() => {
    // The selected customer's own label is not a search.
    if (!settled || settled === customer?.company) return;
    let current = true;
    queryBook({ search: settled }, { key: 'company', dir: 'asc' }, 0, LIMIT).then(
      ({ customers }) => current && setFound(customers),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [settled, customer?.company]);

  const options = useMemo(() => {
    const list = customer ? [customer, ...found.filter((c) => c.id !== customer.id)] : found;
    return list.map((c) => ({ value: c.id, label: c.company.trim() || t('customer:unnamed') }));
  }, [customer, found, t]);

  return (
    <Select
      label={t('preview.customer')}
      placeholder={t('preview.customerPlaceholder')}
      searchable
      data={options}
      value={customer?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The book searched already; Mantine's own filter would hide matches found by email.
      filter={({ options: all }) => all}
      onChange={(id) => id && onPick(id)}
      allowDeselect={false}
      nothingFoundMessage={t('preview.noCustomerFound')}
      maxDropdownHeight={280}
      data-testid="preview-customer"
    />
  );
}
