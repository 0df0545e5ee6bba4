import type { SegmentFilter } from '../../../src-shared/segment';

/**
 * The 20 filter combinations the benchmarks run: two to four facets each, mixing common and rare
 * values, as a salesperson would combine them ("Brazil and Mexico, level B or C, wholesalers").
 * Values match generateBigBook's vocabularies.
 */
export const FILTER_COMBINATIONS: SegmentFilter[] = [
  { countries: ['US'], levels: ['C'] },
  { countries: ['BR', 'MX'], levels: ['B', 'C'] },
  { countries: ['DE'], backgrounds: ['importerWholesaler'] },
  { levels: ['A'], stages: ['repeatOrder'] },
  { countries: ['IN'], sources: ['alibaba'], levels: ['D'] },
  { tags: ['vip'], levels: ['A', 'B'] },
  { countries: ['SA', 'AE'], backgrounds: ['distributor'], stages: ['quoted'] },
  { sources: ['tradeFair'], stages: ['qualified', 'quoted'] },
  { countries: ['GB'], levels: ['C', 'D'], tags: ['oem'] },
  { backgrounds: ['ecommerce'], sources: ['alibaba', 'rfq'] },
  { countries: ['FR', 'ES', 'IT'], levels: ['B'], backgrounds: ['brandOwner'] },
  { stages: ['sample'], tags: ['price-sensitive'] },
  { countries: ['RU'], stages: ['silent'], levels: ['C'] },
  { levels: ['E'], sources: ['customsData'] },
  { countries: ['AU', 'NZ'], backgrounds: ['chainRetailer', 'smallRetailer'] },
  { countries: ['US'], levels: ['B'], stages: ['sample'], sources: ['alibaba'] },
  { tags: ['canton-fair-2026'], countries: ['NG', 'KE', 'ZA'] },
  { backgrounds: ['projectBuyer'], levels: ['C', 'D'], stages: ['newInquiry'] },
  { countries: ['VN', 'TH', 'ID', 'MY'], sources: ['referral', 'website'] },
  { levels: ['D'], stages: ['lost'], tags: ['follow-up'], countries: ['CA'] },
];

/** What a salesperson types into search, a keystroke at a time. */
export const SEARCH_PREFIXES = [
  'a', 'ma', 'gar', 'lig', 'sol', 'tr', 'imp', 'gl', 'su', 'pe',
  'info', 'sales', 'li', 'ha', 'de', 'ro', 'mo', 'ka', 'ne', 'co',
];
