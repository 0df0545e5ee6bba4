import type { BookSort } from '../../../../../src-shared/segment';

export type SortKey = BookSort['key'];

export const SORT_KEYS: readonly SortKey[] = [
  'lastContactAt',
  'nextFollowUpAt',
  'company',
  'country',
  'level',
  'createdAt',
  'updatedAt',
];

/** Dates start with the newest, names and codes with A. */
export function defaultDirection(key: SortKey): BookSort['dir'] {
  return key === 'company' || key === 'country' || key === 'level' || key === 'nextFollowUpAt' ? 'asc' : 'desc';
}

/** Fixed height: the virtualiser then never measures, and 100,000 rows scroll smoothly. */
export const ROW_HEIGHT = 52;
export const HEADER_HEIGHT = 36;

export type ColumnId =
  | 'select'
  | 'company'
  | 'country'
  | 'level'
  | 'stage'
  | 'tags'
  | 'lastContactAt'
  | 'nextFollowUpAt';

export interface Column {
  id: ColumnId;
  /** i18n key of the header; none for the checkbox column. */
  label?: string;
  /** A second, dimmed header line for cells that show two fields, one above the other. */
  label2?: string;
  sortKey?: SortKey;
}

export const COLUMNS: readonly Column[] = [
  { id: 'select' },
  { id: 'company', label: 'customer:field.company', sortKey: 'company' },
  { id: 'country', label: 'customer:field.country', sortKey: 'country' },
  // The short header ("等级", not "客户等级"): the badge column is narrow.
  { id: 'level', label: 'list:table.level', sortKey: 'level' },
  // Stage above background: two short texts share one column, so the rest fit at 1280px.
  { id: 'stage', label: 'customer:field.stage', label2: 'customer:field.background' },
  { id: 'tags', label: 'customer:field.tags' },
  { id: 'lastContactAt', label: 'customer:field.lastContactAt', sortKey: 'lastContactAt' },
  { id: 'nextFollowUpAt', label: 'customer:field.nextFollowUpAt', sortKey: 'nextFollowUpAt' },
];

/**
 * One grid for header and rows. The minimums (with gaps and a scrollbar) add up to about 740px,
 * which is what is left of a 1280px window beside the navigation and the filter panel; wider
 * windows give the space to the company column first.
 */
export const GRID_TEMPLATE = [
  '32px',
  'minmax(150px, 2.6fr)',
  'minmax(92px, 1.2fr)',
  '48px',
  'minmax(96px, 1.4fr)',
  'minmax(96px, 1.5fr)',
  'minmax(80px, 1fr)',
  'minmax(80px, 1fr)',
].join(' ');
