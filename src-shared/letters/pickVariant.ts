import type { LetterTemplate, VariantChoice } from './types';

/** The language tag and its shorter prefixes: pt-BR → pt; zh-Hant-TW → zh-Hant → zh. */
function ownTags(language: string): string[] {
  const parts = language.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const tags: string[] = [];
  for (let n = parts.length; n > 0; n--) tags.push(parts.slice(0, n).join('-'));
  return tags;
}

/** The fallback chain: the language, its prefixes, then the template's fallback (pt-BR → pt → en). */
export function languageChain(language: string, fallbackLanguage: string): string[] {
  const chain = ownTags(language);
  if (fallbackLanguage && !chain.some((t) => t.toLowerCase() === fallbackLanguage.toLowerCase())) chain.push(fallbackLanguage);
  return chain;
}

/**
 * Which variant a customer's language gets, and the chain tried, for the review to show. `exact`
 * is true when the customer's language or one of its prefixes had a variant (zh-CN → zh is exact).
 */
export function pickVariant(template: Pick<LetterTemplate, 'variants' | 'fallbackLanguage'>, language: string): VariantChoice {
  // A batch asks the same template for the same few languages thousands of times.
  // Nested maps (fallback, then language) rather than a key string built per recipient.
  let byFallback = choices.get(template.variants);
  if (!byFallback) choices.set(template.variants, (byFallback = new Map()));
  let byLanguage = byFallback.get(template.fallbackLanguage);
  if (!byLanguage) byFallback.set(template.fallbackLanguage, (byLanguage = new Map()));
  let choice = byLanguage.get(language);
  if (!choice || template.variants[choice.language] !== choice.variant) {
    choice = choose(template, language);
    byLanguage.set(language, choice);
  }
  return choice;
}

/** Choices by variants object: a template edited in the editor gets a new variants object. */
const choices = new WeakMap<object, Map<string, Map<string, VariantChoice>>>();

function choose(template: Pick<LetterTemplate, 'variants' | 'fallbackLanguage'>, language: string): VariantChoice {
  const own = ownTags(language).length;
  const chain = languageChain(language, template.fallbackLanguage);
  const keys = Object.keys(template.variants);
  for (let i = 0; i < chain.length; i++) {
    const wanted = (chain[i] as string).toLowerCase();
    const key = keys.find((k) => k.toLowerCase() === wanted);
    const variant = key === undefined ? undefined : template.variants[key];
    if (key !== undefined && variant) return { language: key, variant, chain: chain.slice(0, i + 1), exact: i < own };
  }
  // Not even the fallback exists (a hand-made template): take the first variant there is.
  const first = keys[0];
  const variant = first === undefined ? undefined : template.variants[first];
  if (first === undefined || !variant) throw new Error('The template has no language variants.');
  return { language: first, variant, chain: [...chain, first], exact: false };
}
