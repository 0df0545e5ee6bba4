// Three reusable rows; names are short, so they rarely grow.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form (an adjacent swap costs 1,
 * which is what a typing slip is), computed only as far as it matters: any result above `max` is
 * returned as max + 1. Only the diagonal band |i - j| ≤ max can hold values up to max, so only
 * that band is computed (cells beside it count as max + 1), and the loop stops as soon as a whole
 * row exceeds `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  if (rows[0].length <= m + 1) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  let [beforePrevious, previous, current] = rows;
  const firstEnd = Math.min(m, max);
  for (let j = 0; j <= firstEnd; j++) previous[j] = j;
  if (firstEnd < m) previous[firstEnd + 1] = over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    // The cell left of the band: column 0 is i (clipped), anything else is beyond max.
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1] ?? over;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = (previous[j - 1] ?? over) + (ai === bj ? 0 : 1);
      const up = (previous[j] ?? over) + 1;
      if (up < d) d = up;
      const left = (current[j - 1] ?? over) + 1;
      if (left < d) d = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swap = (beforePrevious[j - 2] ?? over) + 1;
        if (swap < d) d = swap;
      }
      if (d > over) d = over;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The cell right of the band, read by the next row.
    if (to < m) current[to + 1] = over;
    if (rowMin > max) return over;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m] ?? over, over);
}
