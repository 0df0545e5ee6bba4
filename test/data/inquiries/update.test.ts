import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addInquiries, db, loadBookIndex, openDatabase, requalifyInquiries, saveQualifySettings, updateInquiry } from '../../../src-renderer/data';
import { qualifyWithCorrections } from '../../../src-renderer/data/inquiries/qualifyRecord';
import { DEFAULT_WEIGHTS, extractInquiry, qualifyInquiry } from '../../../src-shared/inquiry';
import { PASTED, STRONG, VAGUE, clearInquiries, codeOf } from './helpers';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const LATER = NOW + 60_000;

beforeAll(async () => {
  openDatabase('test-inquiries-update');
  await loadBookIndex();
});
beforeEach(clearInquiries);

describe('qualifyWithCorrections', () => {
  it('gives the engine\'s result when the "corrections" are the engine\'s own values', () => {
    for (const input of [STRONG, VAGUE, PASTED, { ...STRONG, platform: { verified: true, blacklisted: 2 } }]) {
      const x = extractInquiry(input);
      const engine = qualifyInquiry(input, { now: NOW });
      const mirrored = qualifyWithCorrections(input, { quantity: x.quantity, emails: x.emails, company: x.company }, { now: NOW });
      expect(mirrored).toEqual(engine);
    }
  });
});

describe('updateInquiry', () => {
  it('re-qualifies when an extracted value is corrected, and the correction survives later edits', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    const before = (await db.inquiries.get(id!))!;
    expect(before.extracted.quantity).toBeUndefined();

    const after = await updateInquiry(id!, { extracted: { quantity: { value: { amount: 5000, unit: 'pcs' }, evidence: '' } } }, LATER);
    expect(after.extracted.quantity?.value.amount).toBe(5000);
    expect(after.correctedFields).toEqual(['quantity']);
    expect(after.qualification.signals.map((s) => s.id)).toContain('quantity');
    expect(after.score).toBe(Math.min(100, before.score + DEFAULT_WEIGHTS.quantity));
    expect(after.updatedAt).toBe(LATER);
    expect(after.replyByMs).toBe(before.replyByMs);

    // A later change of the platform signals re-qualifies again and keeps the quantity.
    const again = await updateInquiry(id!, { platform: { verified: true } }, LATER);
    expect(again.extracted.quantity?.value.amount).toBe(5000);
    expect(again.qualification.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['quantity', 'verified']));
    expect(again.score).toBe(Math.min(100, after.score + DEFAULT_WEIGHTS.verified));
    expect((await db.inquiries.get(id!))!.score).toBe(again.score);
  });

  it('null says "there is none"; undefined goes back to what the engine reads', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const none = await updateInquiry(id!, { extracted: { quantity: null, certificates: null } });
    expect(none.extracted.quantity).toBeUndefined();
    expect(none.extracted.certificates).toEqual([]);
    expect(none.qualification.signals.map((s) => s.id)).not.toContain('quantity');
    const back = await updateInquiry(id!, { extracted: { quantity: undefined } });
    expect(back.extracted.quantity?.value.amount).toBe(2000);
    expect(back.correctedFields).toEqual(['certificates']);
  });

  it('a corrected address, name or country becomes the engine\'s input', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    const r = await updateInquiry(id!, {
      extracted: {
        emails: ['li@acme-lighting.de'],
        senderName: { value: 'Li Wei', evidence: '' },
        country: { value: 'DE', evidence: '', source: 'input' },
      },
    });
    expect(r).toMatchObject({ fromEmail: 'li@acme-lighting.de', fromName: 'Li Wei', country: 'DE' });
    expect(r.given).toMatchObject({ fromEmail: 'li@acme-lighting.de', fromName: 'Li Wei', country: 'DE' });
    expect(r.qualification.flags).not.toContain('freeMail');
    expect(r.qualification.signals.map((s) => s.id)).toContain('companyDomain');
  });

  it('a reply address typed over corrected addresses leads them', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    await updateInquiry(id!, { extracted: { emails: ['a@one-company.com', 'b@one-company.com'] } });
    const r = await updateInquiry(id!, { fromEmail: 'b@one-company.com' });
    expect(r.fromEmail).toBe('b@one-company.com');
    expect(r.extracted.emails).toEqual(['b@one-company.com', 'a@one-company.com']);
  });

  it('changes the input fields: received time moves the deadline, country clears with ""', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const r = await updateInquiry(id!, { receivedAt: '2026-11-21T08:00:00-03:00', country: '', language: 'es' });
    expect(r.receivedAtMs).toBe(Date.parse('2026-11-21T08:00:00-03:00'));
    expect(r.replyByMs).toBe(r.receivedAtMs + 24 * 3600_000);
    expect(r.given.country).toBeUndefined();
    expect(r.language).toBe('es');
    expect(r.correctedFields).toContain('language');
  });

  it('refuses a bad change by field name and writes nothing', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const stored = await db.inquiries.get(id!);
    expect(await codeOf(updateInquiry(id!, { country: 'Spain' }))).toBe('invalidInquiryChange');
    expect(await codeOf(updateInquiry(id!, { extracted: { quantity: { value: { amount: -1, unit: 'pcs' }, evidence: '' } } }))).toBe('invalidInquiryChange');
    expect(await codeOf(updateInquiry(id!, { extracted: { emails: ['not an address'] } }))).toBe('invalidInquiryChange');
    expect(await codeOf(updateInquiry(id!, { rawText: 'x' } as never))).toBe('invalidInquiryChange');
    const error = await updateInquiry(id!, { receivedAt: 'soon' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalidInquiryChange', params: { field: 'receivedAt' } });
    expect(await db.inquiries.get(id!)).toEqual(stored);
    expect(await codeOf(updateInquiry('missing', {}))).toBe('inquiryNotFound');
  });
});

describe('Settings change', () => {
  it('re-qualifies the unconfirmed inquiries with the new weights', async () => {
    const [id] = await addInquiries([VAGUE], NOW);
    const count = await saveQualifySettings({ weights: { ...DEFAULT_WEIGHTS, base: 90 } });
    expect(count).toBe(1);
    const r = (await db.inquiries.get(id!))!;
    expect(r.score).toBe(qualifyInquiry(VAGUE, { weights: { base: 90 }, now: NOW }).score);
    await saveQualifySettings({ weights: null });
    expect((await db.inquiries.get(id!))!.score).toBe(qualifyInquiry(VAGUE, { now: NOW }).score);
    expect(await requalifyInquiries()).toBe(1);
  });

  it('refuses weights out of range and stores nothing', async () => {
    expect(await codeOf(saveQualifySettings({ weights: { ...DEFAULT_WEIGHTS, quantity: 500 } }))).toBe('invalidQualifySettings');
    expect(await db.settings.get('qualifyWeights')).toBeUndefined();
  });
});
