import { describe, expect, it } from 'vitest';
import { SegmentIndex, type SegmentRow } from '../../../src-shared/segment';
import { Random } from '../../../src-shared/sample/random';
import { plain, referenceFacets, referenceQuery } from './reference';
import { randomFilter, randomRow, randomSearch, randomSort } from './randomBook';

/**
 * The index against the brute-force reference, over random books, random filters (search
 * included), every sort, random pages, and random writes in between.
 */
function checkAgreement(index: SegmentIndex, rows: Map<string, SegmentRow>, random: Random, filters: number): void {
  const list = [...rows.values()];
  for (let i = 0; i < filters; i++) {
    const filter = randomFilter(random, list);
    const sort = randomSort(random);
    const expected = referenceQuery(list, filter, sort);
    const all = index.query(filter, sort);
    expect(all.total, JSON.stringify({ filter, sort })).toBe(expected.length);
    expect(all.ids, JSON.stringify({ filter, sort })).toEqual(expected);
    const offset = random.int(0, expected.length + 5);
    const limit = random.int(0, 60);
    const page = index.query(filter, sort, offset, limit);
    expect(page.total).toBe(expected.length);
    expect(page.ids).toEqual(expected.slice(offset, offset + limit));
    expect(index.count(filter)).toBe(expected.length);
    expect(plain(index.facets(filter)), JSON.stringify(filter)).toEqual(plain(referenceFacets(list, filter)));
  }
}

function randomWrites(index: SegmentIndex, rows: Map<string, SegmentRow>, random: Random, n: number, nextId: () => string): void {
  for (let i = 0; i < n; i++) {
    const ids = [...rows.keys()];
    const action = random.int(0, 9);
    if (action < 4 || ids.length === 0) {
      const row = randomRow(random, nextId());
      rows.set(row.id, row);
      index.upsert(row);
    } else if (action < 8) {
      // An edit: sometimes only facets and dates, sometimes the searchable text as well.
      const id = random.pick(ids);
      const fresh = randomRow(random, id);
      const old = rows.get(id)!;
      const row = random.chance(0.5) ? { ...fresh, company: old.company, contactNames: old.contactNames, emails: old.emails, domain: old.domain } : fresh;
      rows.set(id, row);
      index.upsert(row);
    } else {
      const id = random.pick(ids);
      rows.delete(id);
      index.remove(id);
    }
  }
}

describe('SegmentIndex agrees with the brute-force reference', { timeout: 120_000 }, () => {
  it('on random books, filters, sorts and pages, with writes in between', () => {
    const random = new Random(20260601);
    let counter = 0;
    const nextId = () => `c${(counter++).toString(36).padStart(5, '0')}${random.int(0, 9)}`;
    const rows = new Map<string, SegmentRow>();
    for (let i = 0; i < 2_000; i++) {
      const row = randomRow(random, nextId());
      rows.set(row.id, row);
    }
    const index = new SegmentIndex(rows.values());
    expect(index.size).toBe(2_000);
    for (let round = 0; round < 6; round++) {
      checkAgreement(index, rows, random, 50);
      randomWrites(index, rows, random, 150, nextId);
      expect(index.size).toBe(rows.size);
    }
  });

  it('after mass edits of searchable text (token index rebuild) and mass removal (compaction)', () => {
    const random = new Random(7);
    let counter = 0;
    const nextId = () => `r${counter++}`;
    const rows = new Map<string, SegmentRow>();
    for (let i = 0; i < 3_000; i++) {
      const row = randomRow(random, nextId());
      rows.set(row.id, row);
    }
    const index = new SegmentIndex(rows.values());
    checkAgreement(index, rows, random, 20);
    for (const id of [...rows.keys()].slice(0, 2_500)) {
      const row = randomRow(random, id);
      rows.set(id, row);
      index.upsert(row);
    }
    checkAgreement(index, rows, random, 30);
    for (const id of [...rows.keys()].filter(() => random.chance(0.6))) {
      rows.delete(id);
      index.remove(id);
    }
    expect(index.size).toBe(rows.size);
    checkAgreement(index, rows, random, 30);
    randomWrites(index, rows, random, 300, nextId);
    checkAgreement(index, rows, random, 30);
  });

  it('while typing: each keystroke narrows the last search, and a write in between resets it', () => {
    const random = new Random(99);
    const rows = new Map<string, SegmentRow>();
    for (let i = 0; i < 1_500; i++) rows.set(`t${i}`, randomRow(random, `t${i}`));
    const index = new SegmentIndex(rows.values());
    const sort = { key: 'company', dir: 'asc' } as const;
    for (let n = 0; n < 60; n++) {
      const target = `${randomSearch(random, [...rows.values()])}${random.pick(['', ' ', 'a', '-', '@', '光'])}${randomSearch(random, [...rows.values()])}`;
      for (let len = 1; len <= target.length; len++) {
        const filter = { search: target.slice(0, len) };
        expect(index.query(filter, sort).ids, target.slice(0, len)).toEqual(referenceQuery(rows.values(), filter, sort));
      }
      if (random.chance(0.3)) randomWrites(index, rows, random, 5, () => `t${rows.size + random.int(0, 1e9)}`);
    }
  });

  it('stays exact when search preparation is spread over slices with writes in between', () => {
    const random = new Random(31);
    let counter = 0;
    const nextId = () => `p${counter++}`;
    const rows = new Map<string, SegmentRow>();
    for (let i = 0; i < 2_500; i++) {
      const row = randomRow(random, nextId());
      rows.set(row.id, row);
    }
    const index = new SegmentIndex(rows.values());
    let steps = 0;
    while (!index.prepare({ key: 'company', dir: 'asc' }, 400)) {
      steps++;
      randomWrites(index, rows, random, 40, nextId);
    }
    expect(steps).toBeGreaterThan(3);
    checkAgreement(index, rows, random, 40);
  });
});
