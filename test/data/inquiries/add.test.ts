import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type InquiryRecord, addInquiries, db, isInquiryDataError, loadBookIndex, openDatabase, createCustomer } from '../../../src-renderer/data';
import { qualifyInquiry } from '../../../src-shared/inquiry';
import { customerInput } from '../customerInput';
import { HOUR, PASTED, STRONG, VAGUE, clearInquiries, codeOf } from './helpers';

const NOW = Date.parse('2026-11-20T12:00:00Z');

beforeAll(async () => {
  openDatabase('test-inquiries-add');
  await loadBookIndex();
});
beforeEach(clearInquiries);

describe('addInquiries', () => {
  it('stores each inquiry qualified, with the derived fields the inbox sorts by', async () => {
    const ids = await addInquiries([STRONG, VAGUE], NOW);
    expect(ids).toHaveLength(2);
    expect([...ids].sort()).toEqual(ids); // ids sort in adding order
    const [strong, vague] = (await db.inquiries.bulkGet(ids)) as InquiryRecord[];
    expect(strong).toMatchObject({
      status: 'new',
      channel: 'other',
      subject: STRONG.subject,
      rawText: STRONG.text,
      fromEmail: 'maria@garcia-import.es',
      fromName: 'María García',
      country: 'ES',
      receivedAt: '2026-11-20T10:15:00+01:00',
      receivedAtMs: Date.parse('2026-11-20T10:15:00+01:00'),
      language: 'en',
      platform: {},
      confirmed: null,
      customerId: null,
      archivedReason: null,
      correctedFields: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const engine = qualifyInquiry(STRONG, { now: NOW });
    expect(strong?.qualification.score).toBe(engine.score);
    expect(strong?.qualification.level).toBe(engine.level);
    expect(strong?.score).toBe(engine.score);
    expect(strong?.replyByMs).toBe(Date.parse('2026-11-20T10:15:00+01:00') + 24 * HOUR);
    expect(strong?.extracted.quantity?.value.amount).toBe(2000);
    expect(vague?.qualification.flags).toContain('freeMail');
    expect(vague!.score).toBeLessThan(strong!.score);
  });

  it('reads the sender, subject and channel from a pasted mail when they were not given', async () => {
    const [id] = await addInquiries([PASTED], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.fromEmail).toBe('ahmed@gulf-trading.ae');
    expect(r.fromName).toBe('Ahmed Al Mansouri');
    expect(r.subject).toBe('Solar street lights for project');
    expect(r.channel).toBe('email');
    // No receivedAt: the deadline counts from when it was added.
    expect(r.receivedAt).toBe('');
    expect(r.receivedAtMs).toBe(NOW);
    expect(r.replyByMs).toBe(NOW + 24 * HOUR);
    expect(r.given).toEqual({});
  });

  it('recognises a known customer of the book', async () => {
    await createCustomer(customerInput({ level: 'B' }));
    const [id] = await addInquiries([STRONG], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.qualification.knownCustomer).toMatchObject({ company: 'Garcia Import SL', by: 'email' });
    expect(r.qualification.flags).toContain('knownCustomer');
    expect(r.qualification.level).toBe('B'); // a sampling customer keeps its level
  });

  it('uses the weights from Settings', async () => {
    await db.settings.put({ key: 'qualifyWeights', value: { base: 10 } });
    const [id] = await addInquiries([VAGUE], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.score).toBe(qualifyInquiry(VAGUE, { weights: { base: 10 }, now: NOW }).score);
  });

  it('ignores stored settings that no longer pass the schema', async () => {
    await db.settings.put({ key: 'qualifyThresholds', value: { levels: 'broken' } });
    const [id] = await addInquiries([STRONG], NOW);
    expect((await db.inquiries.get(id!))!.score).toBe(qualifyInquiry(STRONG, { now: NOW }).score);
  });

  it('refuses an empty text, and adds none of the batch', async () => {
    const error = await addInquiries([STRONG, { text: '   \n ' }], NOW).catch((e: unknown) => e);
    expect(isInquiryDataError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'emptyText', params: { index: 2 } });
    expect(await db.inquiries.count()).toBe(0);
  });

  it('refuses an invalid field by name, and adds none of the batch', async () => {
    const error = await addInquiries([STRONG, { ...VAGUE, receivedAt: 'yesterday' }, { ...STRONG, country: 'Spain' }], NOW).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalidInquiry', params: { index: 2, field: 'receivedAt' } });
    expect(await codeOf(addInquiries([{ text: 'hi', platform: { loginDays: 400 } }], NOW))).toBe('invalidInquiry');
    expect(await codeOf(addInquiries([{ text: 42 } as unknown as typeof STRONG], NOW))).toBe('invalidInquiry');
    expect(await db.inquiries.count()).toBe(0);
  });

  it('keeps 1 MB of text whole, and says only the start was analysed', async () => {
    const text = `${STRONG.text}\n\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18_500)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const [id] = await addInquiries([{ ...STRONG, text }], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.rawText).toBe(text);
    expect(r.qualification.flags).toContain('truncated');
    expect(r.extracted.quantity?.value.amount).toBe(2000);
  });

  it('keeps text read from a binary file, flagged, rather than losing it', async () => {
    const garbage = Array.from({ length: 3_000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    const [id] = await addInquiries([{ text: `Need 500 pcs LED bulbs E27 9W\n${garbage}` }], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.rawText.startsWith('Need 500 pcs')).toBe(true);
    expect(r.qualification.flags).toContain('binaryText');
  });

  it('keeps a script in the text as text', async () => {
    const text = 'We need 100 pcs. <script>alert("x")</script> Thanks, Bob';
    const [id] = await addInquiries([{ text }], NOW);
    expect((await db.inquiries.get(id!))!.rawText).toBe(text);
  });

  it('stores an inquiry with no email at all, flagged', async () => {
    const [id] = await addInquiries([{ text: 'Please quote 300 units of model XR-200, CIF Lagos. Call me, John' }], NOW);
    const r = (await db.inquiries.get(id!))!;
    expect(r.fromEmail).toBe('');
    expect(r.qualification.flags).toContain('noEmail');
  });

  it('adds nothing for an empty list', async () => {
    expect(await addInquiries([], NOW)).toEqual([]);
  });
});
