import { describe, expect, it } from 'vitest';
import { CaptureError, dateHeaderToIso, emlToInquiryInput, parseEml } from '../../../../src-shared/inquiry/capture';
import { validateQualifyInput } from '../../../../src-shared/inquiry';
import { BASE64, HTML_ONLY, QUOTED_PRINTABLE, concat, gbkMessage } from './emlFixtures';

const bytes = (text: string) => new TextEncoder().encode(text);
const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as CaptureError | null)?.code;

describe('parseEml', () => {
  it('reads quoted-printable with encoded headers, and keeps the sender\'s offset', async () => {
    const eml = await parseEml(bytes(QUOTED_PRINTABLE), 'Cotação.eml');
    expect(eml).toMatchObject({
      subject: 'Cotação - luminária LED 150W',
      fromEmail: 'joao@construtora-sul.com.br',
      fromName: 'João Pereira',
      receivedAt: '2026-11-18T22:47:13-03:00',
      channel: 'email',
      htmlOnly: false,
    });
    expect(eml.text).toContain('800 unidades de luminária LED 150W IP66, preço CIF Santos.');
    expect(eml.text).not.toContain('\r');
  });

  it('reads base64 in a multipart message and prefers the text part', async () => {
    const eml = await parseEml(bytes(BASE64));
    expect(eml.subject).toBe('Запрос цены');
    expect(eml.text).toContain('Нам нужно 1000 шт. светодиодных ламп E27 12W');
    expect(eml.text).not.toContain('HTML version');
    expect(eml.receivedAt).toBe('2026-11-16T09:05:00+03:00');
  });

  it('reads a GBK message (body and headers)', async () => {
    const eml = await parseEml(gbkMessage(), 'foxmail.eml');
    expect(eml.subject).toBe('询价：LED灯');
    expect(eml.fromName).toBe('王先生');
    expect(eml.text).toContain('我们需要500台LED灯，请报价。');
    expect(eml.receivedAt).toBe('2026-11-17T14:30:00+08:00');
  });

  it('turns HTML-only mail into text (scripts dropped) and replies to Reply-To when From is no-reply', async () => {
    const eml = await parseEml(bytes(HTML_ONLY));
    expect(eml.htmlOnly).toBe(true);
    expect(eml.text).toContain('Wir benötigen 300 Stück LED-Panels 62x62, CE.');
    expect(eml.text).not.toMatch(/<p>|alert/);
    expect(eml).toMatchObject({ fromEmail: 'a.schmidt@licht-handel.de', fromName: 'Anna Schmidt', channel: 'website' });
  });

  it('reads an Alibaba notification: the buyer from Reply-To, channel alibaba', async () => {
    const notice = [
      'From: Alibaba.com <notice@alibaba.com>',
      'Reply-To: Ryan Brooks <rbrooks@keystonelighting.com>',
      'Subject: You have a new inquiry: 40W LED Panel Light',
      'Date: Tue, 10 Feb 2026 10:12:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Product: 40W LED Panel Light 600x600',
      'Quantity: 2000 Pieces',
      '',
    ].join('\r\n');
    const eml = await parseEml(bytes(notice));
    expect(eml).toMatchObject({ fromEmail: 'rbrooks@keystonelighting.com', fromName: 'Ryan Brooks', channel: 'alibaba', receivedAt: '2026-02-10T10:12:00-05:00' });
  });

  it('reads a message whose header block is longer than the first 64 KB', async () => {
    const received = Array.from({ length: 900 }, (_, i) => `Received: from relay${i}.example.net by mx.example.com; Tue, 10 Feb 2026 10:12:00 -0500`).join('\r\n');
    const eml = await parseEml(bytes(`${received}\r\n${QUOTED_PRINTABLE}`));
    expect(eml.fromEmail).toBe('joao@construtora-sul.com.br');
  });

  it('gives addInquiries a valid input', async () => {
    const input = emlToInquiryInput(await parseEml(bytes(QUOTED_PRINTABLE)));
    const checked = validateQualifyInput(input);
    expect(checked.ok).toBe(true);
    expect(input).toMatchObject({ fromEmail: 'joao@construtora-sul.com.br', channel: 'email', receivedAt: '2026-11-18T22:47:13-03:00' });
  });

  it('refuses what is not an email, with a clear code', async () => {
    expect(await codeOf(parseEml(bytes(QUOTED_PRINTABLE), 'inquiry.pdf'))).toBe('notEml');
    expect(await codeOf(parseEml(bytes('Hello, please quote 500 pcs.\nThanks'), 'note.eml'))).toBe('notEml');
    expect(await codeOf(parseEml(bytes('name,email\nA,a@b.com\n')))).toBe('notEml');
    expect(await codeOf(parseEml(new Uint8Array(0)))).toBe('emlEmpty');
    const png = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'IHDR');
    expect(await codeOf(parseEml(png, 'photo.eml'))).toBe('emlBinary');
    expect(await codeOf(parseEml(new Uint8Array(26 * 1024 * 1024).fill(65)))).toBe('emlTooBig');
    const noText = 'From: a@b.com\r\nSubject: x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n';
    expect(await codeOf(parseEml(bytes(noText)))).toBe('emlNoText');
  });

  it('says what went wrong in both UI languages, with the file name', async () => {
    const error = await parseEml(bytes('just text'), 'list.eml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).texts.en).toContain('list.eml');
    expect((error as CaptureError).texts['zh-CN']).toContain('list.eml');
  });
});

describe('dateHeaderToIso', () => {
  it('keeps the written time and its offset', () => {
    expect(dateHeaderToIso('Thu, 26 Nov 2026 03:12:00 -0500')).toBe('2026-11-26T03:12:00-05:00');
    expect(dateHeaderToIso('26 Nov 2026 3:12 +0530 (IST)')).toBe('2026-11-26T03:12:00+05:30');
    expect(dateHeaderToIso('Thu, 26 Nov 26 03:12:00 EST')).toBe('2026-11-26T03:12:00-05:00');
    expect(dateHeaderToIso('Thu, 26 Nov 2026 03:12:00 GMT')).toBe('2026-11-26T03:12:00+00:00');
  });

  it('gives UTC ("Z", no buyer clock) for an unknown zone, null for no date', () => {
    expect(dateHeaderToIso('Thu, 26 Nov 2026 03:12:00 -0000')).toBe('2026-11-26T03:12:00Z');
    expect(dateHeaderToIso('Thu, 26 Nov 2026 03:12:00')).toBe('2026-11-26T03:12:00Z');
    expect(dateHeaderToIso('yesterday')).toBeNull();
    expect(dateHeaderToIso('31 Feb 2026 10:00:00 +0000')).toBeNull();
  });
});
