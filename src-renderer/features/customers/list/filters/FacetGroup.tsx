import { Anchor, Badge, Box, Checkbox, Collapse, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facet } from '../filterModel';
import { useFormatters } from '../useFormatters';
import type { FacetOption } from './useFacetOptions';
import classes from './FacetGroup.module.css';

/** Long lists show this many values until "show all"; selected values always show. */
const TOP_VALUES = 8;
/** Rendering thousands of tags at once helps nobody; the quick filter finds the rest. */
const MAX_RENDERED = 200;

interface Props {
  facet: Facet;
  options: FacetOption[];
  selected: readonly string[];
  /** Long, open-ended lists (countries, tags) get a quick filter and "show all". */
  long: boolean;
  onToggle(facet: Facet, value: string, on: boolean): void;
  onClear(facet: Facet): void;
}

function matches(option: FacetOption, query: string): boolean {
  const q = query.toLocaleLowerCase();
  return option.label.toLocaleLowerCase().includes(q) || option.value.toLocaleLowerCase().includes(q);
}

export const FacetGroup = memo(function FacetGroup({ facet, options, selected, long, onToggle, onClear }: Props) {
  const { t } = useTranslation('list');
  const fmt = useFormatters();
  const [open, setOpen] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const [query, setQuery] = useState('');

  const { visible, hidden } = useMemo(() => {
    if (!long) return { visible: options, hidden: 0 };
    const q = query.trim();
    const pool = q ? options.filter((o) => matches(o, q)) : options;
    const limit = q || showAll ? MAX_RENDERED : TOP_VALUES;
    const shown = pool.filter((o, i) => i < limit || selected.includes(o.value));
    return { visible: shown, hidden: pool.length - shown.length };
  }, [long, options, query, showAll, selected]);

  const title = t(`facet.${facet}`);
  const bodyId = `facet-body-${facet}`;
  return (
    <Box data-testid={`facet-${facet}`}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <UnstyledButton
          className={classes.header}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={bodyId}
        >
          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          <Text size="sm" fw={600} truncate>
            {title}
          </Text>
          {selected.length > 0 && (
            <Badge size="xs" variant="filled" circle>
              {selected.length}
            </Badge>
          )}
        </UnstyledButton>
        {selected.length > 0 && (
          <Anchor component="button" size="xs" onClick={() => onClear(facet)} aria-label={t('filters.clearFacetLabel', { facet: title })}>
            {t('filters.clearFacet')}
          </Anchor>
        )}
      </Group>
      <Collapse expanded={open} id={bodyId}>
        <Stack gap={2} mt={4} pl={4}>
          {long && options.length > TOP_VALUES && (
            <TextInput
              size="xs"
              mb={4}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              placeholder={t(`filters.find.${facet}`, { defaultValue: t('filters.find.any') })}
              aria-label={t(`filters.find.${facet}`, { defaultValue: t('filters.find.any') })}
              leftSection={<IconSearch size={12} />}
              data-testid={`facet-search-${facet}`}
            />
          )}
          {options.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('filters.noValues')}
            </Text>
          )}
          {options.length > 0 && visible.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('filters.noMatch')}
            </Text>
          )}
          {visible.map((o) => {
            const checked = selected.includes(o.value);
            return (
              <Group
                key={o.value}
                gap={6}
                wrap="nowrap"
                justify="space-between"
                className={classes.option}
                data-empty={o.count === 0 && !checked ? true : undefined}
              >
                <Checkbox
                  size="xs"
                  checked={checked}
                  onChange={(e) => onToggle(facet, o.value, e.currentTarget.checked)}
                  label={<span title={o.label}>{o.label}</span>}
                  classNames={{ root: classes.checkRoot, body: classes.checkBody, labelWrapper: classes.checkLabelWrapper, label: classes.checkLabel }}
                  data-testid={`filter-${facet}-${o.value}`}
                />
                <Text
                  size="xs"
                  c="dimmed"
                  className={classes.count}
                  data-testid={`facet-count-${facet}-${o.value}`}
                  aria-label={t('filters.countLabel', { count: o.count, formatted: fmt.number(o.count) })}
                >
                  {fmt.number(o.count)}
                </Text>
              </Group>
            );
          })}
          {long && !query.trim() && (showAll || hidden > 0) && options.length > TOP_VALUES && (
            <Anchor component="button" size="xs" ta="left" onClick={() => setShowAll((s) => !s)} data-testid={`facet-show-all-${facet}`}>
              {showAll ? t('filters.showFewer') : t('filters.showAll', { count: options.length, formatted: fmt.number(options.length) })}
            </Anchor>
          )}
          {long && (query.trim() || showAll) && hidden > 0 && (
            <Text size="xs" c="dimmed">
              {t('filters.moreHidden', { count: hidden, formatted: fmt.number(hidden) })}
            </Text>
          )}
        </Stack>
      </Collapse>
    </Box>
  );
});
