import type { CustomerInput } from '../customer/customer';
import { defaultLanguage, defaultTimeZone } from '../customer/countries';
import { normaliseCompanyName } from '../customer/derived';
import type { Background, Source } from '../customer/vocabulary';
import { BACKGROUND_WEIGHTS, PRODUCTS, SOURCE_WEIGHTS, STAGES_BY_LEVEL, TAGS } from './catalog';
import { asciiSlug } from './people';
import { type CountryProfile, defaultPattern } from './profile';
import { COUNTRY_WEIGHTS, PROFILES } from './profiles';
import { Random, WeightedTable } from './random';

/** "Today" of the big book: dates spread over the three years before it. */
export const BIG_BOOK_BASE_DATE = Date.UTC(2026, 5, 1, 8, 0, 0);
const DAY = 86_400_000;
const THREE_YEARS = 3 * 365 * DAY;

// Invented brand stems: 24 x 20 combinations keep company names varied across 100,000 rows.
const HEADS = ['Nor', 'Vel', 'Bri', 'Sol', 'Lum', 'Tra', 'Kor', 'Zen', 'Mar', 'Ast', 'Gal', 'Ori', 'Cal', 'Dun', 'Fen', 'Hal', 'Iso', 'Jar', 'Kel', 'Lor', 'Mav', 'Pel', 'Quin', 'Ros'];
const TAILS = ['tex', 'ora', 'via', 'lux', 'gen', 'tron', 'max', 'wave', 'line', 'star', 'nova', 'field', 'ton', 'dale', 'ridge', 'mark', 'port', 'well', 'stone', 'haven'];
// Most buyers are prospects; few order.
const LEVELS = new WeightedTable(['A', 'B', 'C', 'D', 'E'], [3, 7, 22, 38, 30]);
const TAG_COUNT = new WeightedTable([0, 1, 2, 3, 4], [30, 30, 20, 12, 8]);
// A few tags are on many customers, most on few (a Zipf-like tail).
const TAG_TABLE = new WeightedTable(TAGS, TAGS.map((_, i) => 1 / (i + 1)));

interface CountryPools {
  profile: CountryProfile;
  language: string;
  timeZone: string;
  givenSlugs: string[];
  familySlugs: string[];
  latin: boolean;
}

/**
 * A large synthetic book for tests and benchmarks: skewed countries, levels mostly C-E, zero to
 * four of thirty tags, last contacts spread over three years. No phone numbers (validating them is
 * slow and nothing measured needs them). 100,000 customers take well under two seconds.
 */
export function generateBigBook(n: number, seed: number, baseDate = BIG_BOOK_BASE_DATE): CustomerInput[] {
  const random = new Random(seed);
  const pools = PROFILES.map(poolsOf);
  const countries = new WeightedTable(pools, pools.map((p) => COUNTRY_WEIGHTS[p.profile.country] ?? 1));
  const backgrounds = new WeightedTable(Object.keys(BACKGROUND_WEIGHTS) as Background[], Object.values(BACKGROUND_WEIGHTS));
  const sources = new WeightedTable(Object.keys(SOURCE_WEIGHTS) as Source[], Object.values(SOURCE_WEIGHTS));
  const book: CustomerInput[] = new Array<CustomerInput>(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const pool = countries.pick(random);
    const { profile } = pool;
    const company = uniqueCompany(companyOf(pool, random), profile.country, random.pick(profile.cities), i, seen);
    const level = LEVELS.pick(random);
    const contactCount = random.chance(0.75) ? 1 : 2;
    const contacts: CustomerInput['contacts'] = [];
    for (let k = 0; k < contactCount; k++) {
      const g = random.int(0, profile.givenNames.length - 1);
      const f = random.int(0, profile.familyNames.length - 1);
      const given = profile.givenNames[g]!;
      const family = profile.familyNames[f]!;
      const local = `${pool.givenSlugs[g]}.${pool.familySlugs[f]}`;
      // The row number keeps free-mail addresses unique: a repeated address would be a duplicate row.
      const email = random.chance(0.2) ? `${local}${i}@${random.pick(profile.freeMail)}` : `${local}@${company.domain}`;
      contacts.push({
        name: profile.familyFirst ? `${family} ${given}` : `${given} ${family}`,
        title: random.pick(profile.titles),
        emails: [email],
        phones: [],
        whatsapp: '',
      });
    }
    const tags: string[] = [];
    for (let t = TAG_COUNT.pick(random); t > 0; t--) {
      const tag = TAG_TABLE.pick(random);
      if (!tags.includes(tag)) tags.push(tag);
    }
    book[i] = {
      company: company.name,
      website: random.chance(0.7) ? `https://www.${company.domain}` : '',
      country: profile.country,
      city: random.pick(profile.cities),
      contacts,
      language: pool.language,
      timeZone: pool.timeZone,
      level,
      background: backgrounds.pick(random),
      stage: random.pick(STAGES_BY_LEVEL[level]!),
      source: sources.pick(random),
      tags,
      products: random.chance(0.7) ? [random.pick(PRODUCTS)] : [random.pick(PRODUCTS), random.pick(PRODUCTS)],
      notes: '',
      lastContactAt: random.chance(0.9) ? baseDate - Math.floor(random.next() * THREE_YEARS) : null,
      nextFollowUpAt: random.chance(0.35) ? baseDate + random.int(-30, 60) * DAY : null,
    };
  }
  return book;
}

function poolsOf(profile: CountryProfile): CountryPools {
  return {
    profile,
    language: defaultLanguage(profile.country),
    timeZone: defaultTimeZone(profile.country),
    givenSlugs: profile.givenNames.map(asciiSlug),
    familySlugs: profile.familyNames.map(asciiSlug),
    // Scripts without Latin stems keep their own company names; the rest get invented brands.
    latin: profile.stems.every(([name]) => /^[\p{Script=Latin}\s&.'-]+$/u.test(name)),
  };
}

/**
 * Every company of a big book is distinct, as in a real book: the importer refuses a second
 * "Sol Energía S.A." in one country as a duplicate row. A repeated name gets its city, then a
 * branch number; every domain carries the row number so company addresses never collide.
 */
function uniqueCompany(
  company: { name: string; domain: string },
  country: string,
  city: string,
  row: number,
  seen: Set<string>,
): { name: string; domain: string } {
  const domain = company.domain.replace(/^([^.]+)/, `$1-${row.toString(36)}`);
  for (let branch = 0; ; branch++) {
    const name = branch === 0 ? company.name : branch === 1 ? `${company.name} ${city}` : `${company.name} ${city} ${branch}`;
    const key = `${country}|${normaliseCompanyName(name)}`;
    if (!seen.has(key)) {
      seen.add(key);
      return { name, domain };
    }
  }
}

function companyOf(pool: CountryPools, random: Random): { name: string; domain: string } {
  const { profile } = pool;
  const build = profile.pattern ?? defaultPattern;
  const legal = random.pick(profile.legalForms);
  if (!pool.latin || random.chance(0.2)) {
    const [stem, slug] = random.pick(profile.stems);
    return { name: build(stem, random.pick(profile.trades), legal), domain: `${slug}.${profile.tld}` };
  }
  const brand = random.pick(HEADS) + random.pick(TAILS);
  const trade = random.pick(profile.trades);
  const slug = brand.toLowerCase();
  return { name: build(brand, trade, legal), domain: `${slug}${random.int(1, 99)}.${profile.tld}` };
}
