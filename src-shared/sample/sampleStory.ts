import type { Background, Source, Stage } from '../customer/vocabulary';
import { BACKGROUND_PHRASES, CHANNELS, PAYMENTS, TAGS, TIMELINE, timelineGroup } from './catalog';
import type { Random } from './random';

const DAY = 86_400_000;
const EU = new Set(['DE', 'FR', 'ES', 'IT', 'NL', 'PL']);
const RAMADAN = new Set(['SA', 'AE', 'EG', 'PK', 'BD', 'ID', 'MY', 'TR']);
const SPANISH = new Set(['ES', 'MX', 'AR', 'CL', 'CO', 'PE']);

/** Tags a salesperson would plausibly have put on this customer. */
export function sampleTags(
  c: { country: string; level: string; stage: Stage; background: Background; source: Source },
  random: Random,
): string[] {
  const tags = new Set<string>();
  const maybe = (tag: string, p: number) => random.chance(p) && tags.add(tag);
  if (c.source === 'tradeFair') maybe('canton-fair-2026', 0.7);
  if (c.source === 'alibaba') maybe('trade-assurance', 0.4);
  if (c.level === 'A') maybe('vip', 0.6);
  if (c.stage === 'repeatOrder') maybe('repeat-buyer', 0.7);
  if (c.stage === 'sample') maybe('sample-sent', 0.7);
  if (EU.has(c.country)) maybe('ce-required', 0.5);
  if (c.country === 'US' || c.country === 'CA') maybe('ul-required', 0.5);
  if (RAMADAN.has(c.country)) maybe('ramadan-season', 0.4);
  if (SPANISH.has(c.country)) maybe('spanish-speaking', 0.3);
  if (c.country === 'HK') maybe('hk-agent', 0.5);
  if (c.background === 'ecommerce') maybe('amazon-seller', 0.6);
  if (c.background === 'government' || c.background === 'projectBuyer') maybe('government-tender', 0.5);
  if (c.background === 'brandOwner' || c.background === 'manufacturer') maybe(random.pick(['oem', 'odm', 'private-label']), 0.6);
  if (c.level === 'C' || c.level === 'D') maybe('price-sensitive', 0.3);
  if (random.chance(0.3)) tags.add(random.pick(TAGS));
  return [...tags].slice(0, 6);
}

export function sampleNotes(background: Background, city: string, random: Random): string {
  return `${BACKGROUND_PHRASES[background]}, ${city}. Prefers ${random.pick(CHANNELS)}; payment: ${random.pick(PAYMENTS)}.`;
}

/** Per stage group: fewest and most entries, and how many days back they reach. */
const TIMELINE_SHAPE: Record<keyof typeof TIMELINE, [number, number, number]> = {
  early: [0, 2, 40],
  middle: [1, 4, 120],
  late: [2, 5, 400],
  dead: [0, 2, 300],
};

/** The customer's note and call history, oldest first, consistent with its stage. */
export function sampleTimeline(
  stage: Stage,
  products: readonly string[],
  contact: string,
  base: number,
  random: Random,
): Array<{ kind: 'note' | 'call'; at: number; text: string }> {
  const group = timelineGroup(stage);
  const [min, max, window] = TIMELINE_SHAPE[group];
  const count = random.int(min, max);
  const entries: Array<{ kind: 'note' | 'call'; at: number; text: string }> = [];
  const used = new Set<unknown>();
  for (let i = 0; i < count; i++) {
    const kind = random.chance(0.35) ? 'call' : 'note';
    // A timeline that says the same thing twice reads like a bug; try for a fresh template.
    let template = random.pick(TIMELINE[group][kind]);
    for (let retry = 0; retry < 3 && used.has(template); retry++) template = random.pick(TIMELINE[group][kind]);
    used.add(template);
    const params = { product: random.pick(products), contact: contact || 'the buyer', qty: random.pick([200, 500, 1000, 2000, 5000]) };
    // Stage "dead" customers went quiet a while ago: nothing in the last month.
    const daysAgo = group === 'dead' ? random.int(30, window) : random.int(1, window);
    entries.push({ kind, at: base - daysAgo * DAY + random.int(0, 9 * 60) * 60_000, text: template(params) });
  }
  return entries.sort((a, b) => a.at - b.at);
}
