import type { SegmentFilter, SegmentRow, SortKey } from '../../../src-shared/segment';
import { SORT_KEYS } from '../../../src-shared/segment';
import type { Random } from '../../../src-shared/sample/random';

/**
 * Random books with small vocabularies (so that filters hit), accents, CJK names, shared words,
 * equal dates and missing dates (so that ties and "nulls last" are exercised).
 */
export const COUNTRIES = ['DE', 'FR', 'ES', 'US', 'BR', 'CN', 'JP', 'SA'];
export const LEVELS = ['A', 'B', 'C', 'D', 'E'];
export const BACKGROUNDS = ['importerWholesaler', 'distributor', 'ecommerce', 'unknown'];
export const STAGES = ['newInquiry', 'quoted', 'sample', 'lost'];
export const SOURCES = ['alibaba', 'tradeFair', 'rfq'];
export const TAGS = ['vip', 'oem', 'price-sensitive', 'canton-fair-2026', 'ce', 'q4', '__proto__', 'constructor', '深圳'];
const COMPANY_WORDS = ['García', 'Garcia', 'Import', 'Lumière', 'Müller', 'Solar', 'Øresund', 'Straße', 'Zeta', 'Alpha', 'alpha', 'Nord', 'İstanbul'];
const CJK_NAMES = ['深圳光明照明有限公司', '深圳市华强电子', '广州光明贸易', '株式会社ひかり電機', '한빛조명 주식회사', '光明'];
const PEOPLE = ['María García', 'José Núñez', 'Zoë Brandt', 'Hiroshi Tanaka', 'Ana', 'Łukasz Wójcik', 'O’Brien Kelly', '王小明'];
const DOMAINS = ['garcia-import.es', 'lumiere.fr', 'muller.de', 'gmail.com', 'example.com', 'solar.co.jp'];

export function randomRow(random: Random, id: string): SegmentRow {
  const company = random.chance(0.15)
    ? random.pick(CJK_NAMES)
    : `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_WORDS)}${random.chance(0.3) ? ` ${random.int(1, 9)}` : ''}`;
  const contactNames = random.sample(PEOPLE, random.int(0, 2));
  const emails = contactNames.map((n, i) => `${n.split(' ')[0]!.toLowerCase()}${i}@${random.pick(DOMAINS)}`);
  const time = () => (random.chance(0.2) ? null : random.int(0, 40) * 1_000);
  const row: SegmentRow = {
    id,
    company,
    country: random.pick(COUNTRIES),
    level: random.pick(LEVELS),
    background: random.pick(BACKGROUNDS),
    stage: random.pick(STAGES),
    source: random.pick(SOURCES),
    tags: random.sample(TAGS, random.int(0, 3)),
    contactNames,
    emails,
    domain: random.chance(0.7) ? random.pick(DOMAINS) : '',
    createdAt: random.int(0, 50) * 1_000,
    updatedAt: random.int(0, 50) * 1_000,
    lastContactAt: time(),
    nextFollowUpAt: time(),
  };
  if (random.chance(0.1)) row.sample = 1;
  return row;
}

/** A search a salesperson might type, built from the book so that it usually finds something. */
export function randomSearch(random: Random, rows: readonly SegmentRow[]): string {
  const row = random.pick(rows);
  const kind = random.int(0, 6);
  const cut = (s: string) => s.slice(0, random.int(1, Math.max(1, Math.min(6, s.length))));
  if (kind === 0) return cut(row.company.split(' ')[0]!);
  if (kind === 1 && row.emails[0]) return row.emails[0].slice(random.int(0, 3), random.int(4, 12));
  if (kind === 2) return cut(row.company).toUpperCase();
  if (kind === 3) return `${cut(row.company)} ${cut(random.pick(PEOPLE))}`;
  if (kind === 4) return random.pick(['gar', 'GARC', 'lumi', 'muller', 'strasse', 'oresund', '光明', '深圳', 'ひかり', '한빛', '@gmail', 'zz', 'istanbul', 'o’b', ' ']);
  if (kind === 5 && row.contactNames[0]) return cut(row.contactNames[0].split(' ').at(-1)!);
  return cut(row.domain || 'x');
}

export function randomFilter(random: Random, rows: readonly SegmentRow[]): SegmentFilter {
  const f: SegmentFilter = {};
  const some = (values: string[]) => random.sample(values, random.int(0, 3));
  if (random.chance(0.4)) f.countries = some(COUNTRIES);
  if (random.chance(0.4)) f.levels = some(LEVELS);
  if (random.chance(0.25)) f.backgrounds = some(BACKGROUNDS);
  if (random.chance(0.25)) f.stages = some(STAGES);
  if (random.chance(0.2)) f.sources = some(SOURCES);
  if (random.chance(0.35)) f.tags = random.chance(0.1) ? ['no-such-tag'] : some(TAGS);
  if (random.chance(0.4)) f.search = randomSearch(random, rows);
  if (random.chance(0.15)) f.sample = random.chance(0.5);
  return f;
}

export function randomSort(random: Random): { key: SortKey; dir: 'asc' | 'desc' } {
  return { key: random.pick(SORT_KEYS), dir: random.chance(0.5) ? 'asc' : 'desc' };
}
