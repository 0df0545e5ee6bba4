import { BACKGROUND_WORDS, compileTable } from './lexicon';

/**
 * The customer background the inquiry's own words suggest (importer, Amazon seller, tender…),
 * as a code of src-shared/customer/vocabulary.ts, with the words that suggested it. The most
 * mentioned wins; on a tie, the earlier entry of BACKGROUND_WORDS (the more telling one).
 */

const MATCHERS: Array<[string, RegExp]> = Object.entries(BACKGROUND_WORDS).map(([code, table]) => [code, compileTable(table, 'g')]);

export function suggestBackground(text: string): { background: string; evidence: string } | undefined {
  const lower = text.toLowerCase();
  let best: { background: string; evidence: string; count: number } | undefined;
  for (const [background, re] of MATCHERS) {
    re.lastIndex = 0;
    const hits = lower.match(re);
    if (!hits) continue;
    if (!best || hits.length > best.count) best = { background, evidence: [...new Set(hits)].slice(0, 3).join(', '), count: hits.length };
  }
  return best ? { background: best.background, evidence: best.evidence } : undefined;
}
