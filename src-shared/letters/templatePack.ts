import { z } from 'zod';
import { type LetterTemplate, TEMPLATE_KINDS, type TemplateVariant } from './types';

/**
 * Reads the default template pack (resources/templates, see its README): one folder per template
 * with template.json and one <lang>.html per language. Keys may carry any leading path (a Vite
 * glob gives "/resources/templates/quote-cover/en.html"); the last two segments count.
 */

const uiText = z.object({ en: z.string().trim().min(1), 'zh-CN': z.string().trim().min(1) });
const codeList = z.array(z.string().min(1)).optional();

const templateJsonSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS),
  name: uiText,
  description: uiText,
  suggest: z.object({ levels: codeList, backgrounds: codeList, stages: codeList }).strict().default({}),
  inputs: z
    .array(
      z.object({
        key: z.string().regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, 'a dotted name such as "quote.number"'),
        type: z.enum(['text', 'date', 'money', 'number']),
        label: uiText,
        required: z.boolean(),
      }),
    )
    .default([]),
  fallbackLanguage: z.string().min(2).optional(),
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.html$/;

/** A pack file that cannot be read, named in the message. */
export class TemplatePackError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'TemplatePackError';
  }
}

/** "Subject: …", a blank line, then the body. */
export function parseVariantFile(file: string, content: string): TemplateVariant {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  const m = /^Subject:[ \t]*(.*)$/.exec(first);
  if (!m) throw new TemplatePackError(file, 'the first line must be "Subject: …", then a blank line, then the HTML body.');
  const subject = (m[1] ?? '').trim();
  if (!subject) throw new TemplatePackError(file, 'the subject line is empty.');
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  if (rest !== '' && !/^[ \t]*\n/.test(rest)) throw new TemplatePackError(file, 'a blank line must separate the subject from the body.');
  const html = rest.replace(/^[ \t]*\n/, '').trim();
  if (!html) throw new TemplatePackError(file, 'the body is empty.');
  return { subject, html };
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`).join('; ');
}

export function parseTemplatePack(files: Record<string, string>): LetterTemplate[] {
  const folders = new Map<string, { json?: { file: string; content: string }; variants: Map<string, { file: string; content: string }> }>();
  for (const [path, content] of Object.entries(files)) {
    const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
    const name = parts[parts.length - 1];
    const id = parts[parts.length - 2];
    if (!name || !id || name.toLowerCase() === 'readme.md') continue;
    const file = `${id}/${name}`;
    const isJson = name === 'template.json';
    const language = LANGUAGE_FILE.exec(name)?.[1];
    if (!isJson && !language) continue;
    if (!ID.test(id)) throw new TemplatePackError(file, `"${id}" is not a template id (lower-case words joined by hyphens).`);
    let folder = folders.get(id);
    if (!folder) folders.set(id, (folder = { variants: new Map() }));
    if (isJson) folder.json = { file, content };
    else if (language) folder.variants.set(language, { file, content });
  }

  const templates: LetterTemplate[] = [];
  for (const [id, folder] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    if (!folder.json) throw new TemplatePackError(`${id}/template.json`, 'missing: every template folder needs one.');
    let raw: unknown;
    try {
      raw = JSON.parse(folder.json.content.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new TemplatePackError(folder.json.file, `not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
    }
    const parsed = templateJsonSchema.safeParse(raw);
    if (!parsed.success) throw new TemplatePackError(folder.json.file, describeZodError(parsed.error));
    const meta = parsed.data;
    if (folder.variants.size === 0) throw new TemplatePackError(`${id}/`, 'no language files (en.html, zh.html, …).');
    const variants: Record<string, TemplateVariant> = {};
    for (const [language, { file, content }] of folder.variants) variants[language] = parseVariantFile(file, content);
    const fallbackLanguage = meta.fallbackLanguage ?? 'en';
    if (!variants[fallbackLanguage]) throw new TemplatePackError(`${id}/${fallbackLanguage}.html`, 'missing: the fallback language must have a variant.');
    templates.push({
      id,
      kind: meta.kind,
      name: meta.name,
      description: meta.description,
      suggest: meta.suggest,
      inputs: meta.inputs,
      variants,
      fallbackLanguage,
      builtIn: true,
      updatedAt: 0,
    });
  }
  return templates;
}
