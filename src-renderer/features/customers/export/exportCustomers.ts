import type { Customer } from '../../../../src-shared/customer/customer';
import { exportCustomersCsv } from '../../../../src-shared/export';
import { callMain } from '../../../app/mainApi';
import { getCustomersByIds } from '../../../data';

/** Read in blocks: 100,000 records in one request would hold the page still for too long. */
const CHUNK = 2_000;

export type ExportResult = { saved: true; path: string; count: number } | { saved: false };

/** tradewind-customers-2025-03-14.csv, in the local date the salesperson sees. */
export function suggestedFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tradewind-customers-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

async function readCustomers(ids: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Customer[]> {
  const out: Customer[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const block = await getCustomersByIds(ids.slice(i, i + CHUNK));
    // A customer deleted meanwhile is simply not exported.
    for (const c of block) if (c) out.push(c);
    onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
  }
  return out;
}

/** Reads the customers in list order, writes the CSV and asks main where to save it. */
export async function exportCustomersToFile(
  ids: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<ExportResult> {
  const customers = await readCustomers(ids, onProgress);
  // exportCustomersCsv allocates a fresh ArrayBuffer; the cast only narrows the type for IPC.
  const bytes = exportCustomersCsv(customers) as Uint8Array<ArrayBuffer>;
  const result = await callMain('files:save', {
    suggestedName: suggestedFileName(),
    bytes,
    filterName: 'CSV',
    extensions: ['csv'],
  });
  return result.saved ? { saved: true, path: result.path, count: customers.length } : { saved: false };
}
