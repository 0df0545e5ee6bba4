import type { CustomerInput } from '../customer/customer';
import { defaultLanguage, defaultTimeZone } from '../customer/countries';
import { normaliseCompanyName } from '../customer/derived';
import { BACKGROUNDS, type Background, SOURCES, STAGES, type Source, type Stage } from '../customer/vocabulary';
import {
  BACKGROUND_WEIGHTS,
  LEVEL_BY_STAGE,
  LEVEL_WEIGHTS,
  PRODUCTS,
  SOURCE_WEIGHTS,
  STAGES_BY_LEVEL,
} from './catalog';
import { asciiSlug, emailLocalPart, freeMailAddress, pickPerson } from './people';
import { samplePhoneNumber } from './phones';
import { type CountryProfile, defaultPattern } from './profile';
import { COUNTRY_WEIGHTS, PROFILES } from './profiles';
import { Random, WeightedTable } from './random';
import { sampleNotes, sampleTags, sampleTimeline } from './sampleStory';

/** Cities of the sample book outside their country's business time zone (a Phoenix buyer is not on New York time). */
const CITY_TIME_ZONES: Record<string, string> = {
  Houston: 'America/Chicago', Chicago: 'America/Chicago', 'Los Angeles': 'America/Los_Angeles', Phoenix: 'America/Phoenix',
  Vancouver: 'America/Vancouver', Calgary: 'America/Edmonton', Monterrey: 'America/Monterrey', Recife: 'America/Recife',
  Mendoza: 'America/Argentina/Mendoza', 'Córdoba': 'America/Argentina/Cordoba', Perth: 'Australia/Perth',
  Adelaide: 'Australia/Adelaide', Brisbane: 'Australia/Brisbane', Melbourne: 'Australia/Melbourne',
  'Екатеринбург': 'Asia/Yekaterinburg', 'Новосибирск': 'Asia/Novosibirsk',
};

/** 1 June 2026, 08:00 UTC: the "today" of the sample book unless the caller passes its own. */
export const SAMPLE_BASE_DATE = Date.UTC(2026, 5, 1, 8, 0, 0);
export const SAMPLE_SIZE = 300;
const DAY = 86_400_000;

export interface SampleInteraction {
  customerIndex: number;
  kind: 'note' | 'call';
  at: number;
  text: string;
}

export interface SampleBook {
  customers: CustomerInput[];
  interactions: SampleInteraction[];
}

export interface SampleBookOptions {
  /** "Today" for the book's dates; pass Date.now() so follow-ups look current. */
  baseDate?: number;
  size?: number;
}

// Countries where buyers expect to reach a supplier on WhatsApp.
const NO_WHATSAPP = new Set(['US', 'CA', 'JP', 'KR', 'AU', 'NZ']);

/**
 * A removable book of fictional customers that shows the app at work on its first run: every
 * level, background, stage and source, 37 countries, local company and person names, phone
 * numbers valid for their country, and a plausible timeline. The same seed gives the same book.
 */
export function generateSampleBook(seed = 1, options: SampleBookOptions = {}): SampleBook {
  const random = new Random(seed);
  const base = options.baseDate ?? SAMPLE_BASE_DATE;
  const size = options.size ?? SAMPLE_SIZE;
  const countries = new WeightedTable(PROFILES, PROFILES.map((p) => COUNTRY_WEIGHTS[p.country] ?? 1));
  const levels = new WeightedTable(Object.keys(LEVEL_WEIGHTS), Object.values(LEVEL_WEIGHTS));
  const backgrounds = new WeightedTable(Object.keys(BACKGROUND_WEIGHTS) as Background[], Object.values(BACKGROUND_WEIGHTS));
  const sources = new WeightedTable(Object.keys(SOURCE_WEIGHTS) as Source[], Object.values(SOURCE_WEIGHTS));
  const taken = { names: new Set<string>(), domains: new Set<string>(), emails: new Set<string>() };

  const customers: CustomerInput[] = [];
  const interactions: SampleInteraction[] = [];
  for (let i = 0; i < size; i++) {
    // The first customers walk through every country, stage, background and source once, so the
    // book always shows all of them; the rest follow the weights.
    let profile = PROFILES[i] ?? countries.pick(random);
    let company = pickCompany(profile, random, taken);
    while (!company) {
      profile = countries.pick(random);
      company = pickCompany(profile, random, taken);
    }
    const forcedStage = STAGES[i];
    const level = forcedStage ? LEVEL_BY_STAGE[forcedStage] : levels.pick(random);
    const stage: Stage = forcedStage ?? random.pick(STAGES_BY_LEVEL[level] ?? STAGES);
    const background: Background = BACKGROUNDS[i] ?? backgrounds.pick(random);
    const source: Source = SOURCES[i] ?? sources.pick(random);

    const freeMailShare = (['smallRetailer', 'ecommerce', 'unknown'].includes(background) ? 0.5 : 0.08) + (level === 'E' ? 0.35 : 0);
    const contacts = makeContacts(profile, company.domain, freeMailShare, random, taken.emails);
    const city = random.pick(profile.cities);
    const products = random.sample(PRODUCTS, random.int(1, 3));
    const timeline = sampleTimeline(stage, products, contacts[0]?.name ?? '', base, random);
    for (const entry of timeline) interactions.push({ customerIndex: i, ...entry });
    const lastContactAt =
      timeline.length > 0 ? Math.max(...timeline.map((t) => t.at)) : stage === 'newInquiry' ? base - random.int(0, 3) * DAY : null;

    customers.push({
      company: company.name,
      website: random.chance(freeMailShare > 0.4 ? 0.4 : 0.9) ? `https://www.${company.domain}` : '',
      country: profile.country,
      city,
      contacts,
      language: defaultLanguage(profile.country),
      timeZone: CITY_TIME_ZONES[city] ?? defaultTimeZone(profile.country),
      level,
      background,
      stage,
      source,
      tags: sampleTags({ country: profile.country, level, stage, background, source }, random),
      products,
      notes: sampleNotes(background, city, random),
      lastContactAt,
      nextFollowUpAt: nextFollowUp(stage, base, random),
      sample: 1,
    });
  }
  return { customers, interactions };
}

/** A company name and domain not yet in the book (names compared as duplicates would be). */
function pickCompany(
  profile: CountryProfile,
  random: Random,
  taken: { names: Set<string>; domains: Set<string> },
): { name: string; domain: string } | null {
  const build = profile.pattern ?? defaultPattern;
  for (let attempt = 0; attempt < 40; attempt++) {
    const [stem, slug] = random.pick(profile.stems);
    const trade = random.pick(profile.trades);
    const name = build(stem, trade, random.pick(profile.legalForms));
    const tradeWord = trade
      .split(/\s+/)
      .map(asciiSlug)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    // One stem can carry several trades ("Copperfield Lighting", "Copperfield Solar"): the trade
    // goes into the domain so that sister companies do not look like one.
    const domain = `${tradeWord ? `${slug.split('-')[0]}-${tradeWord}` : slug}.${profile.tld}`;
    const key = normaliseCompanyName(name);
    if (taken.names.has(key) || taken.domains.has(domain)) continue;
    taken.names.add(key);
    taken.domains.add(domain);
    return { name, domain };
  }
  return null;
}

function makeContacts(
  profile: CountryProfile,
  domain: string,
  freeMailShare: number,
  random: Random,
  takenEmails: Set<string>,
): CustomerInput['contacts'] {
  const count = random.chance(0.6) ? 1 : random.chance(0.75) ? 2 : 3;
  const contacts: CustomerInput['contacts'] = [];
  const names = new Set<string>();
  while (contacts.length < count) {
    const person = pickPerson(profile, random);
    if (names.has(person.name)) continue;
    names.add(person.name);
    let email = '';
    for (let attempt = 0; attempt < 10 && (email === '' || takenEmails.has(email)); attempt++) {
      email = random.chance(freeMailShare)
        ? freeMailAddress(person, random.pick(profile.freeMail), random)
        : `${attempt === 0 ? emailLocalPart(person, random) : `${asciiSlug(person.given)}.${asciiSlug(person.family)}${attempt}`}@${domain}`;
    }
    takenEmails.add(email);
    const phone = random.chance(0.85) ? samplePhoneNumber(profile.country, random) : '';
    contacts.push({
      name: person.name,
      title: random.pick(profile.titles),
      emails: [email],
      phones: phone ? [phone] : [],
      whatsapp: phone && !NO_WHATSAPP.has(profile.country) && random.chance(0.6) ? phone : '',
    });
  }
  return contacts;
}

function nextFollowUp(stage: Stage, base: number, random: Random): number | null {
  if (stage === 'lost' || stage === 'junk') return null;
  // Silent customers are the ones whose follow-up date has slipped by.
  if (stage === 'silent') return base - random.int(1, 25) * DAY;
  if (!random.chance(0.8)) return null;
  return base + random.int(-5, 30) * DAY + random.int(0, 8) * 3_600_000;
}
