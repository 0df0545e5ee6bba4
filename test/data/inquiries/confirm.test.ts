import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addInquiries,
  archiveInquiry,
  confirmInquiry,
  createCustomer,
  db,
  findKnownForInquiry,
  getBookIndex,
  loadBookIndex,
  markInquiryReplied,
  openDatabase,
  restoreInquiry,
} from '../../../src-renderer/data';
import { customerInput } from '../customerInput';
import { PASTED, STRONG, VAGUE, clearInquiries, codeOf } from './helpers';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const LATER = NOW + 3_600_000;

beforeAll(async () => {
  openDatabase('test-inquiries-confirm');
  await loadBookIndex();
});
beforeEach(clearInquiries);

const timelineOf = (customerId: string) => db.interactions.where('customerId').equals(customerId).sortBy('at');

describe('confirmInquiry: a new customer', () => {
  it('creates the customer from the inquiry, writes the timeline and qualifies the inquiry', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const { customerId } = await confirmInquiry(id!, { level: 'C', background: 'importerWholesaler', customerId: 'new' }, LATER);
    const customer = (await db.customers.get(customerId))!;
    expect(customer).toMatchObject({
      company: 'Garcia Import SL',
      country: 'ES',
      language: 'en', // written in English: the reply goes in English
      timeZone: 'Europe/Madrid',
      level: 'C',
      background: 'importerWholesaler',
      stage: 'qualified',
      source: 'other',
      domain: 'garcia-import.es',
    });
    expect(customer.contacts[0]).toMatchObject({ name: 'María García', emails: ['maria@garcia-import.es'] });
    expect(customer.contacts[0]?.phones.length).toBeGreaterThan(0);
    expect(getBookIndex().size).toBeGreaterThan(0);

    const timeline = await timelineOf(customerId);
    expect(timeline.map((e) => e.kind)).toEqual(['inquiry', 'note']);
    expect(timeline[0]).toMatchObject({ at: Date.parse(STRONG.receivedAt!) });
    expect(timeline[0]?.text).toBe(`${STRONG.subject}\n\n${STRONG.text}`);
    expect(timeline[1]?.text).toMatch(/level C.*score \d+\/100/);
    expect(timeline[1]?.at).toBe(LATER);

    expect(await db.inquiries.get(id!)).toMatchObject({
      status: 'qualified',
      customerId,
      confirmed: { level: 'C', background: 'importerWholesaler', at: LATER },
    });
  });

  it('takes the source from the channel and the note from the caller', async () => {
    const [id] = await addInquiries([{ ...STRONG, channel: 'alibaba' }], NOW);
    const { customerId } = await confirmInquiry(id!, { level: 'D', background: 'unknown', customerId: 'new', note: '已确认：D 级' });
    expect((await db.customers.get(customerId))?.source).toBe('alibaba');
    expect((await timelineOf(customerId))[1]?.text).toBe('已确认：D 级');
  });

  it('needs a country for a new customer when the inquiry has none', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    expect(await codeOf(confirmInquiry(id!, { level: 'D', background: 'unknown', customerId: 'new' }))).toBe('countryNeeded');
    expect(await db.customers.count()).toBe(0);
    const { customerId } = await confirmInquiry(id!, { level: 'D', background: 'unknown', customerId: 'new', country: 'TR' });
    const customer = (await db.customers.get(customerId))!;
    expect(customer).toMatchObject({ country: 'TR', company: 'buyer2026@gmail.com', domain: '' });
  });

  it('puts an HTML-only inquiry on the timeline as text', async () => {
    const html = '<html><body><p>We need <b>500 pcs</b> of LED bulbs.</p><p>Bob Lee<br>Buyer, Lee Lighting Ltd</p></body></html>';
    const [id] = await addInquiries([{ text: html, country: 'GB', fromEmail: 'bob@leelighting.co.uk' }], NOW);
    const { customerId } = await confirmInquiry(id!, { level: 'D', background: 'unknown', customerId: 'new' });
    const [entry] = await timelineOf(customerId);
    expect(entry?.text).toContain('We need 500 pcs of LED bulbs.');
    expect(entry?.text).not.toContain('<p>');
    expect((await db.inquiries.get(id!))?.rawText).toBe(html);
  });
});

describe('confirmInquiry: a customer of the book', () => {
  it('links it, moves the stage from new inquiry to qualified, adds the sender as a contact', async () => {
    const known = await createCustomer(customerInput({ stage: 'newInquiry', level: 'D', background: 'unknown' }));
    const [id] = await addInquiries([{ ...STRONG, fromEmail: 'pedro@garcia-import.es', fromName: 'Pedro Ruiz' }], NOW);
    expect((await findKnownForInquiry(id!)).map((c) => c.id)).toEqual([known.id]);
    const { customerId } = await confirmInquiry(id!, { level: 'C', background: 'distributor', customerId: known.id }, LATER);
    expect(customerId).toBe(known.id);
    const customer = (await db.customers.get(known.id))!;
    expect(customer).toMatchObject({ stage: 'qualified', level: 'C', background: 'distributor', updatedAt: LATER });
    expect(customer.emails).toEqual(['maria@garcia-import.es', 'pedro@garcia-import.es']);
    expect((await timelineOf(known.id)).map((e) => e.kind)).toEqual(['inquiry', 'note']);
    expect(await db.customers.count()).toBe(1);
  });

  it('never moves a customer back from a later stage, nor overwrites a known background', async () => {
    const known = await createCustomer(customerInput({ stage: 'firstOrder', level: 'A', background: 'chainRetailer' }));
    const [id] = await addInquiries([STRONG], NOW);
    await confirmInquiry(id!, { level: 'A', background: 'importerWholesaler', customerId: known.id });
    expect(await db.customers.get(known.id)).toMatchObject({ stage: 'firstOrder', level: 'A', background: 'chainRetailer' });
  });

  it('confirming again adds a note but the inquiry goes on the timeline once', async () => {
    const known = await createCustomer(customerInput());
    const [id] = await addInquiries([STRONG], NOW);
    await confirmInquiry(id!, { level: 'C', background: 'importerWholesaler', customerId: known.id });
    await confirmInquiry(id!, { level: 'B', background: 'importerWholesaler', customerId: known.id });
    expect((await timelineOf(known.id)).map((e) => e.kind)).toEqual(['inquiry', 'note', 'note']);
    expect((await db.inquiries.get(id!))?.confirmed?.level).toBe('B');
  });

  it('refuses a missing customer or inquiry, an archived inquiry, bad values; writes nothing', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    expect(await codeOf(confirmInquiry(id!, { level: 'C', background: 'x', customerId: 'nobody' }))).toBe('customerNotFound');
    expect(await codeOf(confirmInquiry('nothing', { level: 'C', background: 'x', customerId: 'new' }))).toBe('inquiryNotFound');
    expect(await codeOf(confirmInquiry(id!, { level: '', background: 'x', customerId: 'new' }))).toBe('invalidConfirmation');
    expect(await codeOf(confirmInquiry(id!, { level: 'C', background: 'x', customerId: 'new', country: 'Spain' }))).toBe('invalidConfirmation');
    await archiveInquiry(id!, 'spam');
    expect(await codeOf(confirmInquiry(id!, { level: 'C', background: 'x', customerId: 'new' }))).toBe('inquiryArchived');
    expect(await db.customers.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('findKnownForInquiry', () => {
  it('finds by address, then company domain (never free mail), then company name', async () => {
    const byName = await createCustomer(customerInput({ company: 'Gulf Trading LLC', website: '', contacts: [], country: 'AE', language: 'ar', timeZone: 'Asia/Dubai' }));
    const byDomain = await createCustomer(
      customerInput({ company: 'GT Dubai', website: '', country: 'AE', contacts: [{ name: 'Sara', title: '', emails: ['sara@gulf-trading.ae'], phones: [], whatsapp: '' }] }),
    );
    await createCustomer(customerInput({ company: 'Someone on Gmail', website: '', contacts: [{ name: 'X', title: '', emails: ['x@gmail.com'], phones: [], whatsapp: '' }] }));
    const [id] = await addInquiries([PASTED], NOW);
    expect((await findKnownForInquiry(id!)).map((c) => c.id)).toEqual([byDomain.id, byName.id]);
    const [vague] = await addInquiries([VAGUE], NOW);
    expect(await findKnownForInquiry(vague!)).toEqual([]);
  });
});

describe('archive, restore, replied', () => {
  it('archives with the reason kept, and restores to where it was', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    await archiveInquiry(id!, '  Spam: sells SEO services ', LATER);
    expect(await db.inquiries.get(id!)).toMatchObject({ status: 'archived', archivedReason: 'Spam: sells SEO services', updatedAt: LATER });
    expect(await codeOf(archiveInquiry(id!, '   '))).toBe('archiveReasonMissing');
    expect(await codeOf(archiveInquiry(id!, 'x'.repeat(501)))).toBe('invalidInquiryChange');
    expect(await codeOf(markInquiryReplied(id!))).toBe('inquiryArchived');
    await restoreInquiry(id!);
    expect(await db.inquiries.get(id!)).toMatchObject({ status: 'new', archivedReason: null });
    expect(await codeOf(archiveInquiry('missing', 'junk'))).toBe('inquiryNotFound');
  });

  it('marks a qualified inquiry replied, refuses one not yet qualified', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    expect(await codeOf(markInquiryReplied(id!))).toBe('inquiryNotQualified');
    await confirmInquiry(id!, { level: 'C', background: 'importerWholesaler', customerId: 'new' });
    await markInquiryReplied(id!, LATER);
    await markInquiryReplied(id!, LATER + 5);
    expect(await db.inquiries.get(id!)).toMatchObject({ status: 'replied', repliedAt: LATER });
    await archiveInquiry(id!, 'duplicate');
    await restoreInquiry(id!);
    expect((await db.inquiries.get(id!))?.status).toBe('replied');
  });
});
