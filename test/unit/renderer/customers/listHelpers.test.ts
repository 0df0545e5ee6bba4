import { afterAll, describe, expect, it } from 'vitest';
import { type FacetCounts, SORT_KEYS as BOOK_SORT_KEYS, emptyFacetCounts } from '../../../../src-shared/segment';
import { suggestedFileName } from '../../../../src-renderer/features/customers/export/exportCustomers';
import {
  FACETS,
  type FacetSelection,
  activeValues,
  bookSizeFrom,
  pickFacets,
  sameFilter,
  withValue,
} from '../../../../src-renderer/features/customers/list/filterModel';
import { calendarDaysBetween } from '../../../../src-renderer/features/customers/list/useFormatters';
import {
  DEFAULT_SORT,
  forgetListState,
  moveListState,
  rememberScroll,
  rememberedScroll,
} from '../../../../src-renderer/features/customers/list/useListState';
import {
  COLUMNS,
  GRID_TEMPLATE,
  SORT_KEYS,
  defaultDirection,
} from '../../../../src-renderer/features/customers/list/table/columns';
import { inTimeZone, translator } from '../fixtures';

// New York: DST starts on 9 March 2025 and ends on 2 November, so some days last 23 or 25 hours.
inTimeZone('America/New_York', afterAll);

describe('filterModel', () => {
  it('takes the facet values of a filter, without search or sample, as copies', () => {
    const countries = ['DE', 'FR'];
    const picked = pickFacets({ countries, levels: [], search: 'acme', sample: true, tags: ['LED'] });
    expect(picked).toEqual({ countries: ['DE', 'FR'], tags: ['LED'] });
    expect(picked.countries).not.toBe(countries);
    expect(pickFacets({})).toEqual({});
  });

  it('compares filters by the customers they select', () => {
    expect(sameFilter({ countries: ['DE', 'FR'] }, { countries: ['FR', 'DE', 'FR'] })).toBe(true);
    expect(sameFilter({ countries: [], search: '  ' }, {})).toBe(true);
    expect(sameFilter({ search: ' acme ' }, { search: 'acme' })).toBe(true);
    expect(sameFilter({ sample: undefined }, {})).toBe(true);
    expect(sameFilter({ countries: ['DE'] }, { countries: ['DE'], levels: ['A'] })).toBe(false);
    expect(sameFilter({ sample: false }, {})).toBe(false);
    expect(sameFilter({ countries: ['DE'] }, { tags: ['DE'] })).toBe(false);
  });

  it('adds a value once and removes it, dropping facets that become empty', () => {
    let selection: FacetSelection = {};
    selection = withValue(selection, 'countries', 'DE', true);
    selection = withValue(selection, 'countries', 'DE', true);
    selection = withValue(selection, 'countries', 'FR', true);
    expect(selection).toEqual({ countries: ['DE', 'FR'] });
    selection = withValue(selection, 'countries', 'DE', false);
    selection = withValue(selection, 'countries', 'XX', false);
    expect(selection).toEqual({ countries: ['FR'] });
    selection = withValue(selection, 'countries', 'FR', false);
    expect(selection).toEqual({});
    expect('countries' in selection).toBe(false);
  });

  it('never changes the selection it is given', () => {
    const before: FacetSelection = { tags: ['a'] };
    const after = withValue(before, 'tags', 'b', true);
    expect(before).toEqual({ tags: ['a'] });
    expect(after.tags).not.toBe(before.tags);
  });

  it('lists chosen values in the panel\'s facet order', () => {
    expect(FACETS).toEqual(['countries', 'levels', 'backgrounds', 'stages', 'sources', 'tags']);
    expect(activeValues({ tags: ['x', 'y'], countries: ['DE'], stages: ['quoted'] })).toEqual([
      { facet: 'countries', value: 'DE' },
      { facet: 'stages', value: 'quoted' },
      { facet: 'tags', value: 'x' },
      { facet: 'tags', value: 'y' },
    ]);
    expect(activeValues({})).toEqual([]);
  });

  it('counts the book by its sources, which every customer has exactly one of', () => {
    const universe: FacetCounts = emptyFacetCounts();
    universe.sources.alibaba = 3;
    universe.sources.other = 4;
    universe.tags.LED = 99; // tags overlap: they must not count
    expect(bookSizeFrom(universe)).toBe(7);
    expect(bookSizeFrom(emptyFacetCounts())).toBe(0);
    expect(bookSizeFrom(undefined)).toBeUndefined();
  });
});

describe('table columns', () => {
  it('sorts by every key the book can sort by, and nothing else', () => {
    expect([...SORT_KEYS].sort()).toEqual([...BOOK_SORT_KEYS].sort());
    for (const column of COLUMNS) if (column.sortKey) expect(SORT_KEYS).toContain(column.sortKey);
  });

  it('starts names and codes, and the next follow-up, with A / the soonest; other dates with the newest', () => {
    expect(SORT_KEYS.map((key) => [key, defaultDirection(key)])).toEqual([
      ['lastContactAt', 'desc'],
      ['nextFollowUpAt', 'asc'],
      ['company', 'asc'],
      ['country', 'asc'],
      ['level', 'asc'],
      ['createdAt', 'desc'],
      ['updatedAt', 'desc'],
    ]);
  });

  it('has one grid track per column and unique column ids, the checkbox first', () => {
    expect(GRID_TEMPLATE.match(/minmax\([^)]*\)|\d+px/g)).toHaveLength(COLUMNS.length);
    expect(new Set(COLUMNS.map((c) => c.id)).size).toBe(COLUMNS.length);
    expect(COLUMNS[0]).toEqual({ id: 'select' });
  });

  it('has a header text in both languages for every labelled column', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const t = await translator(lang);
      for (const column of COLUMNS) {
        for (const key of [column.label, column.label2]) {
          if (!key) continue;
          const text = t(key, { defaultValue: '' });
          expect(text, `${lang} ${key}`).not.toBe('');
          expect(text, `${lang} ${key}`).not.toContain(':');
        }
      }
    }
  });
});

describe('calendarDaysBetween (local calendar days)', () => {
  const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(local(2025, 3, 12, 23, 59), local(2025, 3, 13, 0, 1))).toBe(1);
    expect(calendarDaysBetween(local(2025, 3, 13, 0, 1), local(2025, 3, 12, 23, 59))).toBe(-1);
    expect(calendarDaysBetween(local(2025, 3, 12, 0, 0), local(2025, 3, 12, 23, 59))).toBe(0);
    expect(calendarDaysBetween(local(2025, 3, 12), local(2025, 3, 12))).toBe(0);
  });

  it('is not thrown off by 23- and 25-hour days', () => {
    expect(calendarDaysBetween(local(2025, 3, 8), local(2025, 3, 10))).toBe(2);
    expect(calendarDaysBetween(local(2025, 3, 9, 0, 30), local(2025, 3, 9, 23, 30))).toBe(0);
    expect(calendarDaysBetween(local(2025, 11, 1), local(2025, 11, 3))).toBe(2);
    expect(calendarDaysBetween(local(2025, 1, 1), local(2025, 12, 31))).toBe(364);
    expect(calendarDaysBetween(local(2025, 12, 31), local(2025, 1, 1))).toBe(-364);
  });

  it('counts across years and leap days', () => {
    expect(calendarDaysBetween(local(2024, 2, 28), local(2024, 3, 1))).toBe(2);
    expect(calendarDaysBetween(local(2023, 2, 28), local(2023, 3, 1))).toBe(1);
    expect(calendarDaysBetween(local(2024, 12, 31, 23, 0), local(2025, 1, 1, 1, 0))).toBe(1);
  });

  it('uses the local day, so 03:00 UTC is still "yesterday" evening in New York', () => {
    const evening = Date.UTC(2025, 2, 13, 3, 0); // 23:00 on the 12th in New York (EDT)
    expect(calendarDaysBetween(local(2025, 3, 13, 9, 0), evening)).toBe(-1);
  });
});

describe('suggestedFileName', () => {
  it('names the export after the local date, zero-padded', () => {
    expect(suggestedFileName(new Date(2025, 2, 4, 10, 0))).toBe('tradewind-customers-2025-03-04.csv');
    expect(suggestedFileName(new Date(2025, 11, 31, 23, 59))).toBe('tradewind-customers-2025-12-31.csv');
  });

  it('follows the local calendar, not UTC', () => {
    // 02:00 UTC on 1 January is still New Year's Eve in New York.
    expect(suggestedFileName(new Date(Date.UTC(2026, 0, 1, 2, 0)))).toBe('tradewind-customers-2025-12-31.csv');
  });

  it('is a plain file name: no path separators, spaces or characters Windows refuses', () => {
    expect(suggestedFileName()).toMatch(/^tradewind-customers-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe('list state memory (outside React)', () => {
  it('knows nothing of a view it never saw', () => {
    expect(rememberedScroll('never-seen')).toBe(0);
    rememberScroll('never-seen', 500);
    expect(rememberedScroll('never-seen')).toBe(0);
    moveListState('never-seen', 'segment-1');
    expect(rememberedScroll('segment-1')).toBe(0);
    expect(() => forgetListState('never-seen')).not.toThrow();
  });

  it('opens the list sorted by last contact, newest first', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'lastContactAt', dir: 'desc' });
    expect(defaultDirection(DEFAULT_SORT.key)).toBe(DEFAULT_SORT.dir);
  });
});
