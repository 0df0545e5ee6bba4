import { describe, expect, it } from 'vitest';
import { inquiryFingerprint, inquiryIdentity, type QualifyInput } from '../../../src-shared/inquiry';

const BASE: QualifyInput = {
  text: 'Dear Sir,\r\n\r\nwe need 500 pcs LED high bay 150W.\r\nBest regards,\r\nJonas',
  fromEmail: 'Jonas@Berlin-Licht.de',
  subject: 'RFQ  LED high bay',
  receivedAt: '2026-11-25T09:15:00+01:00',
  country: 'DE',
};

describe('inquiryFingerprint', () => {
  it('is the same for the same message saved twice: line endings, spacing and address case aside', async () => {
    const again: QualifyInput = { ...BASE, text: `  ${BASE.text.replace(/\r\n/g, '\n')}\n`, fromEmail: ' jonas@berlin-licht.de', subject: 'RFQ LED high bay ' };
    expect(inquiryIdentity(again)).toBe(inquiryIdentity(BASE));
    expect(await inquiryFingerprint(again)).toBe(await inquiryFingerprint(BASE));
    expect(await inquiryFingerprint(BASE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores what is known about the message, not the message: country, channel, platform', async () => {
    const annotated: QualifyInput = { ...BASE, country: 'AT', channel: 'alibaba', platform: { verified: true } };
    expect(await inquiryFingerprint(annotated)).toBe(await inquiryFingerprint(BASE));
  });

  it('differs when the text, the sender, the subject or the received time differs', async () => {
    const base = await inquiryFingerprint(BASE);
    const variants: QualifyInput[] = [
      { ...BASE, text: BASE.text.replace('500', '600') },
      { ...BASE, fromEmail: 'other@berlin-licht.de' },
      { ...BASE, subject: 'RFQ LED high bay 200W' },
      { ...BASE, receivedAt: '2026-11-26T09:15:00+01:00' },
      { text: BASE.text },
    ];
    const prints = await Promise.all(variants.map(inquiryFingerprint));
    expect(new Set([base, ...prints]).size).toBe(variants.length + 1);
  });

  it('does not confuse fields with each other (a separator inside a value)', () => {
    expect(inquiryIdentity({ text: 'a","b' })).not.toBe(inquiryIdentity({ text: 'a', fromEmail: 'b' }));
  });
});
