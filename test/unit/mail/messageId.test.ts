import { describe, expect, it } from 'vitest';
import { FALLBACK_MESSAGE_ID_DOMAIN, MESSAGE_ID_PATTERN, newMessageId } from '../../../src-shared/mail/messageId';

const UUID = '0b7c7a52-6f1e-4f5e-9a53-2d1c1f0e9b11';
/** The contract's pattern, written out again so a change to either is noticed. */
const CONTRACT = /^<[^<>\s@]+@[^<>\s@]+>$/;

describe('newMessageId', () => {
  it("puts the uuid on the left and the sender's domain on the right", () => {
    expect(newMessageId('li.wei@Acme-Export.com', UUID)).toBe(`<${UUID}@acme-export.com>`);
    expect(newMessageId('  sales@mail.example.cn ', UUID)).toBe(`<${UUID}@mail.example.cn>`);
  });

  it('uses the ASCII form of an internationalised domain', () => {
    expect(newMessageId('info@bücher.de', UUID)).toBe(`<${UUID}@xn--bcher-kva.de>`);
  });

  it.each(['', 'no-at-sign', 'user@', 'user@localhost', 'user@exa mple.com', 'user@[127.0.0.1]', 'a@b.com/x', 'x@-bad-.com', 'x@a..b'])(
    'falls back to %j → tradewind.invalid',
    (from) => {
      const id = newMessageId(from, UUID);
      expect(id).toBe(`<${UUID}@${FALLBACK_MESSAGE_ID_DOMAIN}>`);
      expect(id).toMatch(CONTRACT);
    },
  );

  it('always matches the contract, whatever the uuid holds', () => {
    for (const uuid of [UUID, crypto.randomUUID(), 'a b<c>@d', '']) {
      const id = newMessageId('me@example.com', uuid);
      expect(id).toMatch(CONTRACT);
      expect(id).toMatch(MESSAGE_ID_PATTERN);
    }
  });

  it('differs for every uuid', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newMessageId('me@example.com', crypto.randomUUID())));
    expect(ids.size).toBe(1000);
  });
});
