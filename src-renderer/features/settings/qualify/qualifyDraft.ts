import type { QualifyThresholds, QualifyWeights } from '../../../../src-shared/inquiry';

/** A number input's value: a number, or what is being typed ('' or '-'). */
type Typed = number | string;

/** The form's state: every number as typed, so a half-typed "-" is not lost or refused mid-way. */
export interface QualifyDraft {
  weights: Record<string, Typed>;
  levels: Array<{ level: string; minScore: Typed; minNeeds?: number }>;
  below: string;
  fraudRiskAt: Typed;
  keepKnownLevels: string[];
}

export function settingsToDraft(weights: QualifyWeights, thresholds: QualifyThresholds): QualifyDraft {
  return {
    weights: { ...weights },
    levels: thresholds.levels.map((l) => ({ ...l })),
    below: thresholds.below,
    fraudRiskAt: thresholds.fraudRiskAt,
    keepKnownLevels: [...thresholds.keepKnownLevels],
  };
}

const toNumber = (v: Typed): number => (typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v));

/** Back to settings; `ok` false when a field is empty or not a number (the schemas check ranges). */
export function draftToSettings(draft: QualifyDraft): { ok: boolean; weights: Record<string, number>; thresholds: QualifyThresholds } {
  const weights = Object.fromEntries(Object.entries(draft.weights).map(([k, v]) => [k, toNumber(v)]));
  const levels = draft.levels.map((l) => ({ ...l, minScore: toNumber(l.minScore) }));
  const fraudRiskAt = toNumber(draft.fraudRiskAt);
  const numbers = [...Object.values(weights), ...levels.map((l) => l.minScore), fraudRiskAt];
  return {
    ok: numbers.every(Number.isFinite),
    weights,
    thresholds: { levels, below: draft.below, fraudRiskAt, keepKnownLevels: draft.keepKnownLevels },
  };
}
