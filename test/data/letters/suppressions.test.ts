import { beforeAll, describe, expect, it } from 'vitest';
import { addSuppression, getSuppressedSet, isSuppressed, openDatabase, removeSuppression } from '../../../src-renderer/data';

beforeAll(() => {
  openDatabase('test-letters-suppressions');
});

describe('suppressions', () => {
  it('adds by lower-cased address, replaces on a second report, removes', async () => {
    await addSuppression({ address: ' Buyer@Example.COM ', reason: 'bounced', detail: '550 5.1.1', at: 10 });
    await addSuppression({ address: 'other@example.com', reason: 'complained', at: 11 });
    expect(await isSuppressed('BUYER@example.com')).toBe(true);
    expect(await getSuppressedSet()).toEqual(new Set(['buyer@example.com', 'other@example.com']));

    const again = await addSuppression({ address: 'buyer@example.com', reason: 'complained', at: 12 });
    expect(again).toEqual({ address: 'buyer@example.com', reason: 'complained', at: 12, detail: '' });
    expect((await getSuppressedSet()).size).toBe(2);

    await removeSuppression('Buyer@Example.com');
    expect(await isSuppressed('buyer@example.com')).toBe(false);
    expect(await getSuppressedSet()).toEqual(new Set(['other@example.com']));
  });
});
