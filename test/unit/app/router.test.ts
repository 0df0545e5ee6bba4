import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src-renderer/app/router';
import { SCREENS } from '../../../src-renderer/app/screens';

const plain = (hash: string) => {
  const r = parseRoute(hash);
  return { screen: r.screen, params: r.params, query: Object.fromEntries(r.query) };
};

describe('parseRoute', () => {
  it('opens customers when there is no hash, or an unknown one', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/CUSTOMERS', '#//', '#/__proto__', '#/constructor']) {
      expect(plain(hash), hash).toEqual({ screen: 'customers', params: [], query: {} });
    }
  });

  it('knows every screen in the navigation', () => {
    for (const { key } of SCREENS) expect(parseRoute(`#/${key}`).screen).toBe(key);
    expect(SCREENS.map((s) => s.key)).toEqual(['today', 'inquiries', 'customers', 'letters', 'quotes', 'calendar', 'outbox', 'settings']);
  });

  it('reads params after the screen', () => {
    expect(plain('#/customers/abc')).toEqual({ screen: 'customers', params: ['abc'], query: {} });
    expect(plain('#/customers/new')).toEqual({ screen: 'customers', params: ['new'], query: {} });
    expect(plain('#/customers/abc/contacts/')).toEqual({ screen: 'customers', params: ['abc', 'contacts'], query: {} });
  });

  it('decodes params', () => {
    expect(plain('#/customers/%E7%8E%8B%E4%BC%9F%20Ltd')).toEqual({ screen: 'customers', params: ['王伟 Ltd'], query: {} });
  });

  it('reads the query', () => {
    expect(plain('#/customers?segment=xyz&sort=name')).toEqual({ screen: 'customers', params: [], query: { segment: 'xyz', sort: 'name' } });
    expect(plain('#/customers/abc?tab=notes')).toEqual({ screen: 'customers', params: ['abc'], query: { tab: 'notes' } });
    expect(plain('#/customers?q=%E7%8E%8B')).toMatchObject({ query: { q: '王' } });
  });

  it('accepts a hash without the leading slash', () => {
    expect(plain('#settings')).toEqual({ screen: 'settings', params: [], query: {} });
  });

  // KNOWN BUG (reported to the lead): decodeURIComponent throws on a broken escape, so a link such as
  // #/customers/%E0%A4%A crashes the whole window. Fix in router.ts with a safe decode, then make
  // this a plain `it`.
  it('does not throw on a badly encoded param', () => {
    expect(() => parseRoute('#/customers/%E0%A4%A')).not.toThrow();
  });
});
