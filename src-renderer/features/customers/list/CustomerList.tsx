import { ActionIcon, Group, Stack, Tooltip } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter } from '../../../../src-shared/segment';
import { useBook, useFacetCounts, useSetting } from '../../../data';
import { FirstRunChoice } from '../../onboarding/FirstRunChoice';
import { SampleBookBanner } from '../../onboarding/SampleBookBanner';
import { BulkActionBar } from '../bulk/BulkActionBar';
import { useBulkActions } from '../bulk/useBulkActions';
import { ExportButton } from '../export/ExportButton';
import { useExportCustomers } from '../export/useExportCustomers';
import { SegmentButtons } from '../segments/SegmentButtons';
import { ActiveFilterChips } from './ActiveFilterChips';
import { bookSizeFrom, filterKey, isEmptyFilter, sameFilter } from './filterModel';
import { FilterPanel } from './filters/FilterPanel';
import { useFacetOptions } from './filters/useFacetOptions';
import { ListHeader } from './ListHeader';
import { NoResults } from './NoResults';
import { SegmentMissingAlert } from './SegmentMissingAlert';
import { SearchBox } from './SearchBox';
import { SortMenu } from './SortMenu';
import { CustomerTable } from './table/CustomerTable';
import { moveListState, rememberedScroll, rememberScroll, useListState } from './useListState';
import { useFormatters } from './useFormatters';
import { useSelection } from './useSelection';

/** No filter: what the whole book looks like, for facet values at 0 and the book's size. */
const NO_FILTER: SegmentFilter = {};
const NO_IDS: readonly string[] = [];

interface Props {
  /** '' for all customers, else the segment id: the key under which the list's state is kept. */
  viewKey: string;
  segment: { id: string; name: string; filter: SegmentFilter } | null;
  segmentMissing: boolean;
}

export function CustomerList({ viewKey, segment, segmentMissing }: Props) {
  const { t } = useTranslation(['list', 'common']);
  const fmt = useFormatters();
  const list = useListState(viewKey, segment?.filter ?? NO_FILTER);
  const { filter, sort } = list;
  const book = useBook(filter, sort);
  const ids = book.ids ?? NO_IDS;
  const counts = useFacetCounts(filter);
  const universe = useFacetCounts(NO_FILTER);
  const options = useFacetOptions(counts, universe, list.facets);
  const [filtersOpen, setFiltersOpen] = useSetting<boolean>('customerList.filtersOpen', true);

  const key = filterKey(filter);
  const selection = useSelection(ids, key);
  const { exporting, exportIds } = useExportCustomers();
  const bulk = useBulkActions(selection.orderedIds, selection.clear);
  const knownTags = useMemo(
    () => Object.entries(universe?.tags ?? {}).sort((a, b) => b[1] - a[1]).map(([tag]) => tag),
    [universe],
  );

  const filterEmpty = isEmptyFilter(filter);
  const changed = segment !== null && !sameFilter(filter, segment.filter);
  const loading = book.isLoading && ids.length === 0;

  // An empty book gets the first-run choice (sample, import, new) instead of an empty table.
  if (!book.isLoading && filterEmpty && book.total === 0) return <FirstRunChoice />;

  const exportAll = () => void exportIds(selection.count > 0 ? selection.orderedIds() : ids);
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))"
      mih={420}
      data-testid="customers-screen"
    >
      <ListHeader
        segmentName={segment?.name ?? null}
        total={book.total}
        bookSize={bookSizeFrom(universe)}
        filtered={!filterEmpty}
        loading={loading}
        exportButton={
          <ExportButton
            count={selection.count > 0 ? selection.count : book.total}
            fromSelection={selection.count > 0}
            exporting={exporting}
            onExport={exportAll}
          />
        }
      />
      {segmentMissing && <SegmentMissingAlert />}
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={filtersOpen ? t('list:actions.hideFilters') : t('list:actions.showFilters')} withinPortal>
          <ActionIcon
            variant={filtersOpen ? 'light' : 'default'}
            size="input-sm"
            onClick={() => void setFiltersOpen(!filtersOpen)}
            aria-pressed={filtersOpen}
            aria-label={filtersOpen ? t('list:actions.hideFilters') : t('list:actions.showFilters')}
            data-testid="toggle-filters"
          >
            <IconAdjustmentsHorizontal size={18} />
          </ActionIcon>
        </Tooltip>
        <SearchBox value={list.searchText} onChange={list.setSearchText} />
        <SortMenu sort={sort} onChange={list.setSort} />
        <Group gap="xs" wrap="nowrap" ml="auto">
          <SegmentButtons
            filter={filter}
            segment={segment}
            changed={changed}
            filterEmpty={filterEmpty}
            onSaved={(id) => moveListState(viewKey, id)}
          />
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap" align="stretch" style={{ flex: 1, minHeight: 0 }}>
        {filtersOpen && (
          <FilterPanel
            selection={list.facets}
            options={options}
            ready={counts !== undefined}
            onToggle={list.toggle}
            onClearFacet={list.clearFacet}
          />
        )}
        <Stack gap="xs" style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          <SampleBookBanner />
          <ActiveFilterChips
            selection={list.facets}
            search={filter.search ?? ''}
            options={options}
            onRemove={(facet, value) => list.toggle(facet, value, false)}
            onClearSearch={() => list.setSearchText('')}
            onClearAll={list.clearAll}
          />
          {selection.count > 0 && (
            <BulkActionBar
              count={selection.count}
              actions={bulk}
              knownTags={knownTags}
              exporting={exporting}
              onExport={() => void exportIds(selection.orderedIds())}
              onClear={selection.clear}
            />
          )}
          {!loading && ids.length === 0 ? (
            <NoResults onClear={list.clearAll} />
          ) : (
            <CustomerTable
              ids={ids}
              isLoading={loading}
              sort={sort}
              onSort={list.setSort}
              selection={selection}
              totalLabel={fmt.number(book.total)}
              resetKey={`${key}|${sort.key}|${sort.dir}`}
              initialScrollTop={rememberedScroll(viewKey)}
              onScrolled={(top) => rememberScroll(viewKey, top)}
            />
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
