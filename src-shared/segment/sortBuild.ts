import type { FacetColumn } from './facetColumn';

/** The date columns the list sorts by; NaN stands for "no date". */
export interface TimeColumns {
  createdAt: Float64Array;
  updatedAt: Float64Array;
  lastContactAt: Float64Array;
  nextFollowUpAt: Float64Array;
}

export const TIME_KEYS = ['createdAt', 'updatedAt', 'lastContactAt', 'nextFollowUpAt'] as const;

export function newTimeColumns(capacity: number): TimeColumns {
  return {
    createdAt: new Float64Array(capacity).fill(Number.NaN),
    updatedAt: new Float64Array(capacity).fill(Number.NaN),
    lastContactAt: new Float64Array(capacity).fill(Number.NaN),
    nextFollowUpAt: new Float64Array(capacity).fill(Number.NaN),
  };
}

export function timeDiffers(column: Float64Array, slot: number, value: number | null): boolean {
  const old = column[slot]!;
  return value === null ? !Number.isNaN(old) : old !== value;
}

export function storeTime(column: Float64Array, slot: number, value: number | null): void {
  column[slot] = value ?? Number.NaN;
}

/** Stable sort by a date column from the company order; no date last in both directions. */
export function byTime(byCompany: Int32Array, values: Float64Array, desc: boolean): Int32Array {
  const present: number[] = [];
  const missing: number[] = [];
  for (const slot of byCompany) (Number.isNaN(values[slot]!) ? missing : present).push(slot);
  // Array.prototype.sort is stable, so equal dates keep the company order.
  if (desc) present.sort((a, b) => values[b]! - values[a]!);
  else present.sort((a, b) => values[a]! - values[b]!);
  const out = new Int32Array(byCompany.length);
  out.set(present);
  out.set(missing, present.length);
  return out;
}

/** Counting sort by the rank of a facet value's text: linear, and stable by construction. */
export function byRank(byCompany: Int32Array, column: FacetColumn, desc: boolean): Int32Array {
  const ranks = column.dictionary.ranks();
  const buckets = ranks.length + 1;
  const rankOf = (slot: number): number => {
    const code = column.codeAt(slot);
    if (code < 0) return ranks.length;
    return desc ? ranks.length - 1 - ranks[code]! : ranks[code]!;
  };
  const starts = new Int32Array(buckets + 1);
  for (const slot of byCompany) {
    const r = rankOf(slot) + 1;
    starts[r] = starts[r]! + 1;
  }
  for (let r = 0; r < buckets; r++) starts[r + 1] = starts[r + 1]! + starts[r]!;
  const out = new Int32Array(byCompany.length);
  for (const slot of byCompany) {
    const r = rankOf(slot);
    const at = starts[r]!;
    out[at] = slot;
    starts[r] = at + 1;
  }
  return out;
}
