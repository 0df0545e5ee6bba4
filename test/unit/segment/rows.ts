import type { SegmentRow } from '../../../src-shared/segment';

/** A row with sensible defaults, for tests that care about one or two fields. */
export function row(id: string, fields: Partial<SegmentRow> = {}): SegmentRow {
  return {
    id,
    company: `Company ${id}`,
    country: 'DE',
    level: 'C',
    background: 'importerWholesaler',
    stage: 'newInquiry',
    source: 'alibaba',
    tags: [],
    contactNames: [],
    emails: [],
    domain: '',
    createdAt: 0,
    updatedAt: 0,
    lastContactAt: null,
    nextFollowUpAt: null,
    ...fields,
  };
}
