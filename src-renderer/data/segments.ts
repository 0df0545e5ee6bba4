import { type SegmentFilter, normaliseFilter } from '../../src-shared/segment';
import { type SavedSegment, db } from './db';
import { DataError } from './errors';

export const SEGMENT_NAME_MAX = 80;

/** Saves the filter under a name; names are required and unique regardless of case. */
export async function saveSegment(name: string, filter: SegmentFilter, now = Date.now()): Promise<SavedSegment> {
  const clean = checkName(name);
  const segment: SavedSegment = { id: crypto.randomUUID(), name: clean, filter: normaliseFilter(filter), createdAt: now };
  await db.transaction('rw', db.segments, async () => {
    await ensureUnique(clean);
    await db.segments.add(segment);
  });
  return segment;
}

export async function renameSegment(id: string, name: string): Promise<void> {
  const clean = checkName(name);
  await db.transaction('rw', db.segments, async () => {
    if (!(await db.segments.get(id))) throw new DataError('notFound', `No segment ${id}`, { id });
    await ensureUnique(clean, id);
    await db.segments.update(id, { name: clean });
  });
}

/** Replaces a saved segment's filter (the list's "update segment"). */
export async function updateSegmentFilter(id: string, filter: SegmentFilter): Promise<void> {
  const count = await db.segments.update(id, { filter: normaliseFilter(filter) });
  if (count === 0) throw new DataError('notFound', `No segment ${id}`, { id });
}

export async function deleteSegment(id: string): Promise<void> {
  await db.segments.delete(id);
}

function checkName(name: string): string {
  const clean = name.trim();
  if (!clean) throw new DataError('segmentNameMissing', 'A segment needs a name');
  if (clean.length > SEGMENT_NAME_MAX) {
    throw new DataError('segmentNameTooLong', `Segment names have at most ${SEGMENT_NAME_MAX} characters`, { max: SEGMENT_NAME_MAX });
  }
  return clean;
}

/** Inside the transaction, so two saves racing cannot both take the name. */
async function ensureUnique(name: string, exceptId?: string): Promise<void> {
  const wanted = name.toLocaleLowerCase();
  const clash = await db.segments.filter((s) => s.id !== exceptId && s.name.toLocaleLowerCase() === wanted).first();
  if (clash) throw new DataError('segmentNameTaken', `A segment is already called "${clash.name}"`, { name: clash.name });
}
