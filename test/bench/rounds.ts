/** The middle value (the upper middle for an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Times `ours` and `raw` (each returns its milliseconds) for `rounds` rounds, alternating which goes
 * first, so neither always runs on a warmer (or busier) machine.
 */
export function alternateRounds(rounds: number, ours: () => number, raw: () => number): { oursMs: number[]; rawMs: number[] } {
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      oursMs.push(ours());
      rawMs.push(raw());
    } else {
      rawMs.push(raw());
      oursMs.push(ours());
    }
  }
  return { oursMs, rawMs };
}
