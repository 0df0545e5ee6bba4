import { describe, expect, it } from 'vitest';
import { SegmentIndex, toSegmentRow } from '../../../src-shared/segment';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import type { Customer } from '../../../src-shared/customer/customer';
import { row } from './rows';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;

describe('SegmentIndex', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const index = new SegmentIndex([
      row('a', { country: 'DE', level: 'A' }),
      row('b', { country: 'FR', level: 'A' }),
      row('c', { country: 'FR', level: 'B' }),
      row('d', { country: 'US', level: 'A' }),
    ]);
    expect(index.query({ countries: ['DE', 'FR'] }, BY_COMPANY).ids).toEqual(['a', 'b', 'c']);
    expect(index.query({ countries: ['DE', 'FR'], levels: ['A'] }, BY_COMPANY).ids).toEqual(['a', 'b']);
    expect(index.query({ countries: ['XX'] }, BY_COMPANY)).toEqual({ total: 0, ids: [] });
  });

  it('matches tags when the customer has any of the selected tags', () => {
    const index = new SegmentIndex([
      row('a', { tags: ['vip', 'oem'] }),
      row('b', { tags: ['oem'] }),
      row('c', { tags: ['price-sensitive'] }),
      row('d'),
    ]);
    expect(index.query({ tags: ['vip', 'price-sensitive'] }, BY_COMPANY).ids).toEqual(['a', 'c']);
    expect(index.query({ tags: ['oem'] }, BY_COMPANY).ids).toEqual(['a', 'b']);
    expect(index.facets({}).tags).toEqual({ vip: 1, oem: 2, 'price-sensitive': 1 });
  });

  it('counts each facet against the other facets only, and shows picked values with no rows', () => {
    const index = new SegmentIndex([
      row('a', { country: 'DE', level: 'A' }),
      row('b', { country: 'FR', level: 'A' }),
      row('c', { country: 'FR', level: 'B' }),
    ]);
    const counts = index.facets({ countries: ['DE', 'JP'], levels: ['A'] });
    expect({ ...counts.countries }).toEqual({ DE: 1, FR: 1, JP: 0 });
    expect({ ...counts.levels }).toEqual({ A: 1 });
  });

  it('filters on the sample flag', () => {
    const index = new SegmentIndex([row('a', { sample: 1 }), row('b')]);
    expect(index.query({ sample: true }, BY_COMPANY).ids).toEqual(['a']);
    expect(index.query({ sample: false }, BY_COMPANY).ids).toEqual(['b']);
    expect(index.query({}, BY_COMPANY).total).toBe(2);
    index.upsert(row('a'));
    expect(index.query({ sample: true }, BY_COMPANY).total).toBe(0);
  });

  it('sorts missing dates last in both directions, ties by company then by arrival', () => {
    const index = new SegmentIndex([
      row('n1', { company: 'Beta', lastContactAt: null }),
      row('x', { company: 'Zeta', lastContactAt: 5 }),
      row('y', { company: 'Alpha', lastContactAt: 5 }),
      row('z', { company: 'Mid', lastContactAt: 9 }),
      row('n0', { company: 'Alpha', lastContactAt: null }),
    ]);
    expect(index.query({}, { key: 'lastContactAt', dir: 'desc' }).ids).toEqual(['z', 'y', 'x', 'n0', 'n1']);
    expect(index.query({}, { key: 'lastContactAt', dir: 'asc' }).ids).toEqual(['y', 'x', 'z', 'n0', 'n1']);
    expect(index.query({}, { key: 'company', dir: 'desc' }).ids).toEqual(['x', 'z', 'n1', 'y', 'n0']);
  });

  it('pages through the order, and returns everything without a limit', () => {
    const index = new SegmentIndex(Array.from({ length: 10 }, (_, i) => row(`r${i}`, { company: `C${i}` })));
    expect(index.query({}, BY_COMPANY, 3, 4)).toEqual({ total: 10, ids: ['r3', 'r4', 'r5', 'r6'] });
    expect(index.query({}, BY_COMPANY, 8, 4).ids).toEqual(['r8', 'r9']);
    expect(index.query({}, BY_COMPANY, 20, 4)).toEqual({ total: 10, ids: [] });
    expect(index.query({}, BY_COMPANY).ids).toHaveLength(10);
  });

  it('upserts, re-sorts after an edit, and removes', () => {
    const index = new SegmentIndex([row('a', { company: 'Alpha' }), row('b', { company: 'Beta' })]);
    expect(index.size).toBe(2);
    expect(index.query({}, BY_COMPANY).ids).toEqual(['a', 'b']);
    index.upsert(row('a', { company: 'Zulu', country: 'FR' }));
    expect(index.size).toBe(2);
    expect(index.query({}, BY_COMPANY).ids).toEqual(['b', 'a']);
    expect(index.query({ countries: ['DE'] }, BY_COMPANY).ids).toEqual(['b']);
    index.remove('b');
    index.remove('nobody');
    expect(index.has('b')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.query({ countries: ['DE'] }, BY_COMPANY).total).toBe(0);
    expect({ ...index.facets({}).countries }).toEqual({ FR: 1 });
    index.upsert(row('b', { company: 'Beta' }));
    expect(index.query({}, BY_COMPANY).ids).toEqual(['b', 'a']);
  });

  it('grows past its first capacity and compacts after mass removal', () => {
    const index = new SegmentIndex();
    for (let i = 0; i < 5_000; i++) index.upsert(row(`r${i}`, { country: i % 2 ? 'FR' : 'DE', company: `Co ${i}` }));
    for (let i = 0; i < 4_000; i++) index.remove(`r${i}`);
    expect(index.size).toBe(1_000);
    expect(index.query({ countries: ['FR'] }, BY_COMPANY).total).toBe(500);
    expect(index.query({ search: 'co' }, BY_COMPANY, 0, 2).ids).toEqual(['r4000', 'r4001']);
    index.upsert(row('new', { company: 'Aardvark' }));
    expect(index.query({}, BY_COMPANY, 0, 1).ids).toEqual(['new']);
  });

  it('projects a customer to its row', () => {
    const customer = {
      ...withDerivedFields({
        company: 'Acme',
        website: 'https://acme.example',
        contacts: [
          { id: 'k1', name: 'Ann', title: '', emails: ['Ann@Acme.example'], phones: [], whatsapp: '' },
          { id: 'k2', name: '', title: '', emails: [], phones: [], whatsapp: '' },
        ],
      }),
      id: 'x', country: 'DE', city: '', language: 'de', timeZone: 'Europe/Berlin', level: 'A', background: 'unknown',
      stage: 'qualified', source: 'rfq', tags: ['vip'], products: [], notes: '', createdAt: 1, updatedAt: 2,
      lastContactAt: null, nextFollowUpAt: 3, sample: 1,
    } satisfies Customer;
    expect(toSegmentRow(customer)).toMatchObject({ id: 'x', contactNames: ['Ann'], emails: ['ann@acme.example'], domain: 'acme.example', sample: 1 });
  });
});
