import { Button, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Facet, FacetSelection } from './filterModel';
import { activeValues } from './filterModel';
import type { FacetOptions } from './filters/useFacetOptions';

interface Props {
  selection: FacetSelection;
  search: string;
  options: FacetOptions;
  onRemove(facet: Facet, value: string): void;
  onClearSearch(): void;
  onClearAll(): void;
}

/** What the list is narrowed by, at a glance, each removable on its own. */
export function ActiveFilterChips({ selection, search, options, onRemove, onClearSearch, onClearAll }: Props) {
  const { t } = useTranslation('list');
  const values = activeValues(selection);
  const text = search.trim();
  if (values.length === 0 && !text) return null;

  const labelOf = (facet: Facet, value: string) => options[facet].find((o) => o.value === value)?.label ?? value;
  return (
    <Group gap={6} wrap="wrap" data-testid="active-filters">
      {text && (
        <Pill
          withRemoveButton
          onRemove={onClearSearch}
          removeButtonProps={{ 'aria-label': t('chips.remove', { label: t('chips.search', { text }) }) }}
          maw={260}
          title={text}
          data-testid="chip-search"
        >
          {t('chips.search', { text })}
        </Pill>
      )}
      {values.map(({ facet, value }) => {
        const label = `${t(`facet.${facet}`)}: ${labelOf(facet, value)}`;
        return (
          <Pill
            key={`${facet}:${value}`}
            withRemoveButton
            onRemove={() => onRemove(facet, value)}
            removeButtonProps={{ 'aria-label': t('chips.remove', { label }) }}
            maw={260}
            title={label}
            data-testid={`chip-${facet}-${value}`}
          >
            {label}
          </Pill>
        );
      })}
      <Button variant="subtle" size="compact-xs" onClick={onClearAll} data-testid="clear-filters">
        {t('chips.clearAll')}
      </Button>
    </Group>
  );
}
