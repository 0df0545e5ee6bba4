import type { LetterTemplate } from '../../../src-shared/letters/types';
import { parseTemplatePack } from '../../../src-shared/letters/templatePack';

/**
 * The default template pack (resources/templates/<id>/{template.json,<lang>.html}) as text, with
 * its parser. Only ever imported dynamically (templates.ts), so the bundler makes this module and
 * every pack file one chunk that is read on a first run or a restore, not at each start. Eager
 * inside the chunk: one file instead of one per template and language.
 */
const FILES = import.meta.glob<string>('../../../resources/templates/*/*', { query: '?raw', import: 'default', eager: true });

/** Parsed pack; throws TemplatePackError naming the broken file. */
export function readDefaultPack(): LetterTemplate[] {
  // parseTemplatePack reads the last two path segments (<id>/<file>), whatever the prefix.
  return parseTemplatePack(FILES);
}
