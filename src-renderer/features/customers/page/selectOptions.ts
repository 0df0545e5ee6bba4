import type { OptionsFilter } from '@mantine/core';
import { isOptionsGroup } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listCountryCodes } from '../../../../src-shared/customer/countries';
import { useDisplayNames } from '../../../i18n/displayNames';

export interface Option {
  value: string;
  label: string;
}

/** Languages our customers write in most (DOMAIN.md), in this order; others can still be kept. */
export const COMMON_LANGUAGES = [
  'en', 'es', 'pt', 'pt-BR', 'fr', 'de', 'ru', 'ar', 'zh-CN', 'zh-TW', 'it', 'tr', 'ja', 'ko', 'nl', 'pl',
  'uk', 'vi', 'th', 'id', 'ms', 'hi', 'fa', 'he', 'el', 'cs', 'ro', 'hu', 'sv', 'da', 'fi', 'nb', 'bn', 'ur',
] as const;

/** Keeps a stored value selectable even when it is not in our list. */
const withCurrent = (options: Option[], current: string, label: (v: string) => string): Option[] =>
  current && !options.some((o) => o.value === current) ? [{ value: current, label: label(current) }, ...options] : options;

/** All countries by their name in the UI language, sorted the way that language sorts. */
export function useCountryOptions(): Option[] {
  const { i18n } = useTranslation();
  const names = useDisplayNames();
  return useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return listCountryCodes()
      .map((code) => ({ value: code, label: names.country(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [names, i18n.language]);
}

export function useLanguageOptions(current: string): Option[] {
  const names = useDisplayNames();
  return useMemo(() => {
    const options = COMMON_LANGUAGES.map((tag) => ({ value: tag, label: `${names.language(tag)} (${tag})` }));
    return withCurrent(options, current, (tag) => `${names.language(tag)} (${tag})`);
  }, [names, current]);
}

let zoneOptions: Option[] | null = null;

/** "America/Sao Paulo · GMT-3" for every IANA zone the engine knows; built once, ~400 entries. */
function allTimeZoneOptions(): Option[] {
  if (zoneOptions) return zoneOptions;
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  const now = new Date();
  zoneOptions = [...zones].sort().map((zone) => {
    let offset = '';
    try {
      offset =
        new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
          .formatToParts(now)
          .find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      // An engine that knows the zone but not the offset style: show the name only.
    }
    const name = zone.replace(/_/g, ' ');
    return { value: zone, label: offset ? `${name} · ${offset}` : name };
  });
  return zoneOptions;
}

export function useTimeZoneOptions(current: string): Option[] {
  return useMemo(() => withCurrent(allTimeZoneOptions(), current, (z) => z), [current]);
}

/** Options for a fixed vocabulary whose labels live in the 'customer' namespace. */
export function useVocabularyOptions(group: 'background' | 'stage' | 'source', codes: readonly string[], current: string): Option[] {
  const { t } = useTranslation('customer');
  return useMemo(() => {
    const options = codes.map((code) => ({ value: code, label: t(`${group}.${code}`) }));
    return withCurrent(options, current, (v) => v);
  }, [t, group, codes, current]);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Search for the long selects: accents do not matter ("cote" finds Côte d'Ivoire), and a code
 * typed in full ("BR", "pt-BR", "Sao_Paulo") finds its entry even when the name differs.
 */
export const foldingFilter: OptionsFilter = ({ options, search }) => {
  const needle = fold(search.trim());
  if (!needle) return options;
  return options.filter((o) => {
    if (isOptionsGroup(o)) return true;
    return fold(o.label).includes(needle) || fold(String(o.value)).includes(needle);
  });
};
