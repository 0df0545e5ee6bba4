import { SEGMENT_NAME_MAX } from '../../../data';

/** The book's own limit: names longer than this do not fit the sidebar anyway. */
export const MAX_SEGMENT_NAME = SEGMENT_NAME_MAX;

export type SegmentNameProblem = 'required' | 'tooLong' | 'duplicate';

/**
 * Checked as the salesperson types, before the book is asked. The book checks uniqueness again
 * (another window may have saved the same name), and its DataError is shown as is.
 */
export function segmentNameProblem(
  name: string,
  existing: readonly { id: string; name: string }[],
  exceptId?: string,
): SegmentNameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > MAX_SEGMENT_NAME) return 'tooLong';
  const key = trimmed.toLocaleLowerCase();
  if (existing.some((s) => s.id !== exceptId && s.name.trim().toLocaleLowerCase() === key)) return 'duplicate';
  return null;
}
