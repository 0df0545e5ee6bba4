import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addInquiries,
  confirmInquiry,
  createCustomer,
  db,
  deleteCustomers,
  loadBookIndex,
  mergeCustomerRecords,
  openDatabase,
} from '../../../src-renderer/data';
import { customerInput } from '../customerInput';
import { STRONG, clearInquiries } from './helpers';

beforeAll(async () => {
  openDatabase('test-inquiries-links');
  await loadBookIndex();
});
beforeEach(clearInquiries);

/** An inquiry linked to a fresh customer of the book. */
async function linkedInquiry(company: string) {
  const customer = await createCustomer(customerInput({ company }));
  const [id] = await addInquiries([STRONG]);
  await confirmInquiry(id!, { level: 'C', background: 'importerWholesaler', customerId: customer.id });
  return { customer, inquiryId: id! };
}

describe('inquiries follow their customer', () => {
  it('a merge moves the merged customer’s inquiries and letters to the customer that stays', async () => {
    const keep = await createCustomer(customerInput({ company: 'Keep Trading SA' }));
    const { customer: other, inquiryId } = await linkedInquiry('Keep Trading S.A.');
    await db.outbox.put({ id: 'letter-1', customerId: other.id } as never);
    await mergeCustomerRecords(keep.id, other.id);
    expect((await db.inquiries.get(inquiryId))?.customerId).toBe(keep.id);
    expect((await db.outbox.get('letter-1'))?.customerId).toBe(keep.id);
    await db.outbox.clear();
  });

  it('linking can take the inquiry’s language for the customer, only when asked', async () => {
    const customer = await createCustomer(customerInput({ company: 'Garcia Import SL', country: 'ES', language: 'es' }));
    const [first, second] = await addInquiries([STRONG, STRONG]);
    await confirmInquiry(first!, { level: 'C', background: 'importerWholesaler', customerId: customer.id });
    expect((await db.customers.get(customer.id))?.language).toBe('es');
    await confirmInquiry(second!, { level: 'C', background: 'importerWholesaler', customerId: customer.id, language: 'en' });
    expect((await db.customers.get(customer.id))?.language).toBe('en');
    await expect(confirmInquiry(second!, { level: 'C', background: 'x', customerId: customer.id, language: '<b>' })).rejects.toThrow();
  });

  it('deleting the customer keeps the inquiry, unlinked; Undo links it again', async () => {
    const { customer, inquiryId } = await linkedInquiry('Gone Imports Ltd');
    const { undo } = await deleteCustomers([customer.id]);
    expect(await db.inquiries.get(inquiryId)).toMatchObject({ customerId: null });
    await undo();
    expect((await db.inquiries.get(inquiryId))?.customerId).toBe(customer.id);
  });
});
