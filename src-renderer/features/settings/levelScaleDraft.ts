import type { LevelDefinition } from '../../../src-shared/customer/vocabulary';
import { DEFAULT_LEVELS } from '../../../src-shared/customer/vocabulary';

/**
 * The level scale while it is being edited: pure helpers, so the editor only wires them to inputs.
 * A draft row remembers the code it was saved under, because customers hold that code: changing or
 * removing it is only allowed while no customer has it.
 */
export interface LevelDraftRow {
  /** Stable React key; codes change while typing. */
  key: string;
  code: string;
  meaning: string;
  /** The code as saved, or null for a level added in this draft. */
  savedCode: string | null;
}

export const MAX_LEVEL_CODE_LENGTH = 8;
export const MAX_LEVEL_MEANING_LENGTH = 200;
export const MAX_LEVELS = 20;

/**
 * The 0-5 stars scale of DOMAIN.md, best first like A-E: the rest of the app reads a scale from
 * best to worst (new customers start one above the last; the last is greyed as "no potential").
 */
export const STAR_CODES = ['5', '4', '3', '2', '1', '0'] as const;

let counter = 0;
const newKey = () => `level-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Saved rows are keyed by position, so the inputs keep focus while the saved scale re-renders. */
export function toDraft(levels: readonly LevelDefinition[]): LevelDraftRow[] {
  return levels.map((l, i) => ({ key: `saved-${i}`, code: l.code, meaning: l.meaning, savedCode: l.code }));
}

export function fromDraft(rows: readonly LevelDraftRow[]): LevelDefinition[] {
  return rows.map((r) => ({ code: r.code.trim(), meaning: r.meaning.trim() }));
}

/** A blank level at the end; keeps saved codes of rows that already exist. */
export function addLevel(rows: readonly LevelDraftRow[]): LevelDraftRow[] {
  return [...rows, { key: newKey(), code: '', meaning: '', savedCode: null }];
}

export function moveLevel(rows: readonly LevelDraftRow[], index: number, by: -1 | 1): LevelDraftRow[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * Replace the draft with a preset. Rows whose code survives keep their saved code, so customers
 * who hold it stay attached; the rest are new.
 */
export function applyPreset(rows: readonly LevelDraftRow[], preset: readonly LevelDefinition[]): LevelDraftRow[] {
  const saved = new Set(rows.map((r) => r.savedCode).filter((c): c is string => c !== null));
  return preset.map((l) => ({ key: newKey(), code: l.code, meaning: l.meaning, savedCode: saved.has(l.code) ? l.code : null }));
}

export function defaultPreset(): LevelDefinition[] {
  return DEFAULT_LEVELS.map((l) => ({ ...l }));
}

/** Saved codes that the draft no longer has: the customers holding them would lose their level. */
export function droppedCodes(saved: readonly LevelDefinition[], rows: readonly LevelDraftRow[]): string[] {
  const kept = new Set(rows.map((r) => r.code.trim()));
  return saved.map((l) => l.code).filter((code) => !kept.has(code));
}

export type LevelCodeProblem = 'codeRequired' | 'codeTooLong' | 'codeDuplicate' | 'codeSpaces';

/** What is wrong with each row's code (null when fine), in draft order. */
export function codeProblems(rows: readonly LevelDraftRow[]): (LevelCodeProblem | null)[] {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const code = r.code.trim().toLowerCase();
    seen.set(code, (seen.get(code) ?? 0) + 1);
  }
  return rows.map((r) => {
    const code = r.code.trim();
    if (!code) return 'codeRequired';
    if (code.length > MAX_LEVEL_CODE_LENGTH) return 'codeTooLong';
    if (/\s/.test(code)) return 'codeSpaces';
    // Case-insensitive: "a" next to "A" would read as the same level in every list.
    if ((seen.get(code.toLowerCase()) ?? 0) > 1) return 'codeDuplicate';
    return null;
  });
}
