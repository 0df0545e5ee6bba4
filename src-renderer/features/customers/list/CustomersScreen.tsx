import { Skeleton, Stack } from '@mantine/core';
import { useSegments } from '../../../data';
import { CustomerList } from './CustomerList';

/**
 * #/customers and #/customers?segment=<id>. A saved segment's filter is where the list starts;
 * each view keeps its own state, so switching segments never carries filters across.
 */
export function CustomersScreen({ segmentId }: { segmentId: string | null }) {
  const segments = useSegments();
  if (segmentId !== null && segments === undefined) {
    // The segment's filter decides the first query; wait for it rather than flash all customers.
    return (
      <Stack gap="sm" data-testid="customers-loading">
        <Skeleton height={36} width="40%" />
        <Skeleton height={36} />
        <Skeleton height={400} />
      </Stack>
    );
  }
  const segment = segmentId === null ? null : (segments?.find((s) => s.id === segmentId) ?? null);
  return (
    <CustomerList
      key={segmentId ?? ''}
      viewKey={segmentId ?? ''}
      segment={segment}
      segmentMissing={segmentId !== null && segment === null}
    />
  );
}
