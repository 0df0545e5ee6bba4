import { Paper, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Facet, FacetSelection } from '../filterModel';
import { FACETS } from '../filterModel';
import { FacetGroup } from './FacetGroup';
import type { FacetOptions } from './useFacetOptions';

/** Countries and tags grow with the book; the fixed vocabularies stay short. */
const LONG_FACETS: ReadonlySet<Facet> = new Set(['countries', 'tags']);

export const FILTER_PANEL_WIDTH = 208;

interface Props {
  selection: FacetSelection;
  options: FacetOptions;
  /** False until the first counts arrive: skeletons instead of a list of zeros. */
  ready: boolean;
  onToggle(facet: Facet, value: string, on: boolean): void;
  onClearFacet(facet: Facet): void;
}

export function FilterPanel({ selection, options, ready, onToggle, onClearFacet }: Props) {
  const { t } = useTranslation('list');
  return (
    <Paper
      withBorder
      component="aside"
      aria-label={t('filters.title')}
      w={FILTER_PANEL_WIDTH}
      style={{ flex: 'none', display: 'flex', flexDirection: 'column', minHeight: 0 }}
      data-testid="filter-panel"
    >
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" pb={4}>
        {t('filters.title')}
      </Text>
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars scrollbarSize={8}>
        <Stack gap="sm" px="sm" pb="sm">
          {!ready
            ? FACETS.map((f) => <Skeleton key={f} height={72} radius="sm" />)
            : FACETS.map((facet) => (
                <FacetGroup
                  key={facet}
                  facet={facet}
                  options={options[facet]}
                  selected={selection[facet] ?? NONE}
                  long={LONG_FACETS.has(facet)}
                  onToggle={onToggle}
                  onClear={onClearFacet}
                />
              ))}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}

const NONE: readonly string[] = [];
