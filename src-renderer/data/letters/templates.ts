import { type LetterTemplate, TEMPLATE_KINDS } from '../../../src-shared/letters/types';
import { type TradewindDB, db } from '../db';
import { DataError } from '../errors';
import { templateSchema } from './templateSchema';

/** A template as the editor saves it: no id yet for a new one; the save time is set here. */
export type TemplateDraft = Omit<LetterTemplate, 'id' | 'updatedAt'> & { id?: string; updatedAt?: number };

/** Every template, by kind (in TEMPLATE_KINDS order: replies first, custom last), then id. */
export async function listTemplates(): Promise<LetterTemplate[]> {
  return sortTemplates(await db.templates.toArray());
}

export function sortTemplates(templates: LetterTemplate[]): LetterTemplate[] {
  const rank = (t: LetterTemplate) => TEMPLATE_KINDS.indexOf(t.kind);
  return templates.sort((a, b) => rank(a) - rank(b) || compare(a.id, b.id));
}

export async function getTemplate(id: string): Promise<LetterTemplate | undefined> {
  return db.templates.get(id);
}

/**
 * Stores the template (a new id when it has none), with `updatedAt` = now. Checks the shape only
 * (throws DataError 'invalidTemplate' naming the field, nothing written); the editor checks the
 * Handlebars itself through `letters:check` first. Edits to a built-in template keep it built-in,
 * so "restore defaults" can bring the original back.
 */
export async function saveTemplate(draft: TemplateDraft, now = Date.now()): Promise<LetterTemplate> {
  const parsed = templateSchema.safeParse({ ...draft, id: draft.id ?? crypto.randomUUID() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'template';
    throw new DataError('invalidTemplate', `Invalid ${field}: ${issue?.message ?? 'invalid'}`, { field, problem: issue?.message ?? 'invalid' });
  }
  if (!Object.hasOwn(parsed.data.variants, parsed.data.fallbackLanguage)) {
    throw new DataError('invalidTemplate', 'The fallback language has no variant', { field: 'fallbackLanguage', problem: 'no variant' });
  }
  const template: LetterTemplate = { ...parsed.data, updatedAt: now };
  await db.templates.put(template);
  return template;
}

export async function deleteTemplate(id: string): Promise<void> {
  await db.templates.delete(id);
}

/**
 * First run: loads the default pack when there are no templates and it was never loaded (so a
 * salesperson who deleted every template is not given them back unasked). Safe to call on every
 * start and from two windows at once. Returns how many templates were added.
 */
export async function ensureDefaultTemplates(now = Date.now()): Promise<number> {
  const database = db;
  if (!(await needsSeeding(database))) return 0;
  // Read outside the transaction: loading the pack's files is not a Dexie call.
  const pack = await loadDefaultPack(now);
  return database.transaction('rw', database.templates, database.settings, async () => {
    // Checked again: another window may have seeded meanwhile.
    if (pack.length === 0 || !(await needsSeeding(database))) return 0;
    await database.templates.bulkPut(pack);
    await database.settings.put({ key: 'templatesSeeded', value: now });
    return pack.length;
  });
}

/**
 * "Restore default templates": every template of the pack is written again as shipped (edits to
 * built-in templates are undone, deleted ones come back); the salesperson's own templates stay.
 * Returns how many were written.
 */
export async function restoreDefaultTemplates(now = Date.now()): Promise<number> {
  const database = db;
  const pack = await loadDefaultPack(now);
  return database.transaction('rw', database.templates, database.settings, async () => {
    const current = await database.templates.bulkGet(pack.map((t) => t.id));
    // A user template that happens to carry a pack id is theirs: it is kept.
    const writable = pack.filter((_, i) => current[i]?.builtIn !== false);
    await database.templates.bulkPut(writable);
    await database.settings.put({ key: 'templatesSeeded', value: now });
    return writable.length;
  });
}

async function needsSeeding(database: TradewindDB): Promise<boolean> {
  return (await database.settings.get('templatesSeeded')) === undefined && (await database.templates.count()) === 0;
}

/** The default pack as stored templates (built-in, stamped now). Throws DataError 'templatePackInvalid'. */
export async function loadDefaultPack(now = Date.now()): Promise<LetterTemplate[]> {
  // Loaded on demand: the pack's text and its parser are one chunk that most starts never read.
  const { readDefaultPack } = await import('./defaultPack');
  let templates: LetterTemplate[];
  try {
    templates = readDefaultPack();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataError('templatePackInvalid', `The default template pack is broken: ${detail}`, { detail });
  }
  return templates.map((t) => ({ ...t, builtIn: true, updatedAt: now }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
