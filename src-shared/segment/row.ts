import type { Customer } from '../customer/customer';

/**
 * The part of a customer that segments, search and the list's sort need. The index keeps only
 * this projection, so that 100,000 customers fit in memory without their notes and contacts.
 */
export interface SegmentRow {
  id: string;
  company: string;
  country: string;
  level: string;
  background: string;
  stage: string;
  source: string;
  tags: string[];
  contactNames: string[];
  emails: string[];
  domain: string;
  createdAt: number;
  updatedAt: number;
  lastContactAt: number | null;
  nextFollowUpAt: number | null;
  sample?: 1;
}

export function toSegmentRow(c: Customer): SegmentRow {
  const row: SegmentRow = {
    id: c.id,
    company: c.company,
    country: c.country,
    level: c.level,
    background: c.background,
    stage: c.stage,
    source: c.source,
    tags: c.tags,
    contactNames: c.contacts.map((k) => k.name).filter((n) => n !== ''),
    emails: c.emails,
    domain: c.domain,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastContactAt: c.lastContactAt,
    nextFollowUpAt: c.nextFollowUpAt,
  };
  if (c.sample === 1) row.sample = 1;
  return row;
}
