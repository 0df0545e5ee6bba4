import { describe, expect, it } from 'vitest';
import { filterKey, isEmptyFilter, normaliseFilter } from '../../../src-shared/segment';

describe('normaliseFilter', () => {
  it('sorts and de-duplicates values, drops empty parts, trims the search', () => {
    expect(normaliseFilter({ countries: ['FR', 'DE', 'FR'], levels: [], tags: ['vip'], search: '  gar ', sample: false })).toEqual({
      countries: ['DE', 'FR'],
      tags: ['vip'],
      search: 'gar',
      sample: false,
    });
    expect(normaliseFilter({ search: '   ' })).toEqual({});
  });

  it('gives equal keys to filters that select the same way', () => {
    expect(filterKey({ levels: ['B', 'A'], countries: [] })).toBe(filterKey({ levels: ['A', 'B'] }));
    expect(filterKey({ levels: ['A'] })).not.toBe(filterKey({ levels: ['A'], sample: true }));
  });
});

describe('isEmptyFilter', () => {
  it('is true only when nothing narrows the book', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ countries: [], search: ' ' })).toBe(true);
    expect(isEmptyFilter({ tags: ['vip'] })).toBe(false);
    expect(isEmptyFilter({ search: 'a' })).toBe(false);
    expect(isEmptyFilter({ sample: false })).toBe(false);
  });
});
