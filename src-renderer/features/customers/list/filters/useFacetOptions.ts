import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCounts } from '../../../../../src-shared/segment';
import { BACKGROUNDS, SOURCES, STAGES } from '../../../../../src-shared/customer/vocabulary';
import { useDisplayNames } from '../../../../i18n/displayNames';
import { levelLabel, useLevelScale } from '../../../settings/levelScale';
import type { Facet, FacetSelection } from '../filterModel';
import { FACETS } from '../filterModel';

export interface FacetOption {
  value: string;
  label: string;
  /** Customers with this value among those that match the other filters. */
  count: number;
}

export type FacetOptions = Record<Facet, FacetOption[]>;

/** Facets whose values come from a fixed, ordered list; the others are ordered by count. */
const FIXED_ORDER: Partial<Record<Facet, readonly string[]>> = {
  backgrounds: BACKGROUNDS,
  stages: STAGES,
  sources: SOURCES,
};

const I18N_PREFIX: Partial<Record<Facet, string>> = {
  backgrounds: 'customer:background',
  stages: 'customer:stage',
  sources: 'customer:source',
};

/**
 * The values of each facet with their labels and counts. A value is listed when anything in the
 * book has it (`universe`, the counts with no filter) or it is selected, so values that the other
 * filters rule out stay visible at 0 instead of jumping around.
 */
export function useFacetOptions(
  counts: FacetCounts | undefined,
  universe: FacetCounts | undefined,
  selection: FacetSelection,
): FacetOptions {
  const { t, i18n } = useTranslation();
  const names = useDisplayNames();
  const levels = useLevelScale();

  return useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    const build = (facet: Facet): FacetOption[] => {
      const known = new Set<string>([
        ...Object.keys(universe?.[facet] ?? {}),
        ...Object.keys(counts?.[facet] ?? {}),
        ...(selection[facet] ?? []),
      ]);
      const countOf = (value: string) => counts?.[facet]?.[value] ?? 0;
      const labelOf = (value: string): string => {
        if (facet === 'countries') return names.country(value);
        if (facet === 'levels') {
          const level = levels.find((l) => l.code === value);
          return level ? levelLabel(level, t) : value;
        }
        const prefix = I18N_PREFIX[facet];
        return prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
      };

      let ordered: string[];
      if (facet === 'levels') {
        // The salesperson's own scale order; codes no longer on the scale go last.
        const scale = levels.map((l) => l.code);
        ordered = [...scale, ...[...known].filter((v) => !scale.includes(v)).sort()];
      } else if (FIXED_ORDER[facet]) {
        const fixed = FIXED_ORDER[facet];
        ordered = [...fixed, ...[...known].filter((v) => !fixed.includes(v)).sort()];
      } else {
        // Countries and tags: the biggest groups first, where people look.
        ordered = [...known].sort((a, b) => countOf(b) - countOf(a) || collator.compare(labelOf(a), labelOf(b)));
      }
      return ordered.map((value) => ({ value, label: labelOf(value), count: countOf(value) }));
    };
    return Object.fromEntries(FACETS.map((f) => [f, build(f)])) as FacetOptions;
  }, [counts, universe, selection, names, levels, t, i18n.language]);
}
