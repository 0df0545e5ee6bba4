import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type InquiryRecord,
  addInquiries,
  archiveInquiry,
  db,
  findRepeatedInquiries,
  loadBookIndex,
  openDatabase,
  requalifyInquiries,
  updateInquiry,
} from '../../../src-renderer/data';
import { inquiryFingerprint } from '../../../src-shared/inquiry';
import { PASTED, STRONG, VAGUE, clearInquiries } from './helpers';

const NOW = Date.parse('2026-11-20T12:00:00Z');

beforeAll(async () => {
  openDatabase('test-inquiries-repeats');
  await loadBookIndex();
});
beforeEach(clearInquiries);

describe('an inquiry captured twice', () => {
  it('is stored with the fingerprint of the message as captured', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const record = (await db.inquiries.get(id!)) as InquiryRecord;
    expect(record.fingerprint).toBe(await inquiryFingerprint(STRONG));
  });

  it('is found in the inbox, archived too; a repeat within the list names the earlier one; a new one is null', async () => {
    const [strong, vague] = await addInquiries([STRONG, VAGUE], NOW);
    await archiveInquiry(vague!, 'spam', NOW);
    const found = await findRepeatedInquiries([PASTED, { ...STRONG, text: `${STRONG.text.replace(/\n/g, '\r\n')}\r\n` }, VAGUE, PASTED]);
    expect(found).toEqual([
      null,
      { kind: 'inInbox', id: strong, status: 'new' },
      { kind: 'inInbox', id: vague, status: 'archived' },
      { kind: 'repeat', index: 0 },
    ]);
    expect(await findRepeatedInquiries([])).toEqual([]);
  });

  it('keeps its fingerprint through corrections and re-qualification: still recognised', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    await updateInquiry(id!, { fromEmail: 'someone.else@garcia-import.es', extracted: { company: { value: 'Garcia Import S.L.', evidence: '' } } }, NOW + 1);
    await requalifyInquiries(NOW + 2);
    expect((await db.inquiries.get(id!))?.fingerprint).toBe(await inquiryFingerprint(STRONG));
    expect(await findRepeatedInquiries([STRONG])).toEqual([{ kind: 'inInbox', id, status: 'new' }]);
  });

  it('from before fingerprints (a record without one) is simply not found, and nothing breaks', async () => {
    const [id] = await addInquiries([STRONG], NOW);
    const { fingerprint: _dropped, ...old } = (await db.inquiries.get(id!)) as InquiryRecord;
    await db.inquiries.put(old as InquiryRecord);
    expect(await findRepeatedInquiries([STRONG])).toEqual([null]);
  });
});
