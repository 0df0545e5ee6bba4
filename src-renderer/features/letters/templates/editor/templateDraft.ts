import type { LetterTemplate, TemplateInput, TemplateKind, TemplateVariant } from '../../../../../src-shared/letters/types';

/**
 * A template while it is being edited: pure helpers, so the editor only wires them to inputs.
 * The draft is a whole LetterTemplate, so saving is one write of what the salesperson sees.
 */

/** What a new template starts with: one English variant that already opens and closes politely. */
export const NEW_TEMPLATE_BODY = '<p>{{salutation}}</p>\n<p></p>\n<p>Best regards,<br>\n{{salesperson.name}}<br>\n{{company.name}}</p>\n';

export function newTemplate(kind: TemplateKind = 'custom', now = Date.now()): LetterTemplate {
  return {
    id: crypto.randomUUID(),
    kind,
    name: { en: '', 'zh-CN': '' },
    description: { en: '', 'zh-CN': '' },
    suggest: {},
    inputs: [],
    variants: { en: { subject: '', html: NEW_TEMPLATE_BODY } },
    fallbackLanguage: 'en',
    builtIn: false,
    updatedAt: now,
  };
}

/** A copy the salesperson owns: new id, never built in, its names marked as a copy. */
export function duplicateTemplate(template: LetterTemplate, copySuffix: { en: string; 'zh-CN': string }, now = Date.now()): LetterTemplate {
  return {
    ...structuredClone(template),
    id: crypto.randomUUID(),
    name: { en: `${template.name.en}${copySuffix.en}`, 'zh-CN': `${template.name['zh-CN']}${copySuffix['zh-CN']}` },
    builtIn: false,
    updatedAt: now,
  };
}

/** Variant languages in a stable order: the fallback first, then alphabetical. */
export function variantLanguages(template: Pick<LetterTemplate, 'variants' | 'fallbackLanguage'>): string[] {
  return Object.keys(template.variants).sort((a, b) =>
    a === template.fallbackLanguage ? -1 : b === template.fallbackLanguage ? 1 : a.localeCompare(b),
  );
}

/** Adds a language, starting from the fallback variant's text (easier to translate than a blank page). */
export function addVariant(template: LetterTemplate, language: string): LetterTemplate {
  if (template.variants[language]) return template;
  const source = template.variants[template.fallbackLanguage] ?? { subject: '', html: '' };
  return { ...template, variants: { ...template.variants, [language]: { ...source } } };
}

/** Removes a language; the fallback and the last variant stay (a template needs a last resort). */
export function removeVariant(template: LetterTemplate, language: string): LetterTemplate {
  if (language === template.fallbackLanguage || Object.keys(template.variants).length <= 1) return template;
  const variants = { ...template.variants };
  delete variants[language];
  return { ...template, variants };
}

export function setVariant(template: LetterTemplate, language: string, patch: Partial<TemplateVariant>): LetterTemplate {
  const current = template.variants[language] ?? { subject: '', html: '' };
  return { ...template, variants: { ...template.variants, [language]: { ...current, ...patch } } };
}

/** Inserts `text` over the selection [start, end) of `value`; answers the new value and caret. */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

// ---- inputs (the batch-wide fields the composer asks for) ----

/** A dotted path of plain names, read in the template as extra.<key>. */
const INPUT_KEY = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
export const MAX_INPUTS = 30;

export type InputProblem = 'keyRequired' | 'keyInvalid' | 'keyDuplicate' | 'labelRequired';

export function blankInput(): TemplateInput {
  return { key: '', type: 'text', label: { en: '', 'zh-CN': '' }, required: false };
}

/** What is wrong with each input (null when fine), in order. */
export function inputProblems(inputs: readonly TemplateInput[]): (InputProblem | null)[] {
  const counts = new Map<string, number>();
  for (const i of inputs) counts.set(i.key.trim(), (counts.get(i.key.trim()) ?? 0) + 1);
  return inputs.map((input) => {
    const key = input.key.trim();
    if (!key) return 'keyRequired';
    if (!INPUT_KEY.test(key)) return 'keyInvalid';
    if ((counts.get(key) ?? 0) > 1) return 'keyDuplicate';
    if (!input.label.en.trim() && !input.label['zh-CN'].trim()) return 'labelRequired';
    return null;
  });
}

/** What keeps a draft from being saved, apart from template syntax (checked in main). */
export type DraftProblem = 'nameRequired' | 'inputs';

export function draftProblems(template: LetterTemplate): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!template.name.en.trim() && !template.name['zh-CN'].trim()) problems.push('nameRequired');
  if (inputProblems(template.inputs).some(Boolean)) problems.push('inputs');
  return problems;
}

/** Trimmed names and keys; a name given in one UI language only stands in for the other. */
export function tidyForSave(template: LetterTemplate, now = Date.now()): LetterTemplate {
  const en = template.name.en.trim();
  const zh = template.name['zh-CN'].trim();
  return {
    ...template,
    name: { en: en || zh, 'zh-CN': zh || en },
    description: { en: template.description.en.trim(), 'zh-CN': template.description['zh-CN'].trim() },
    inputs: template.inputs.map((i) => ({ ...i, key: i.key.trim(), label: { en: i.label.en.trim(), 'zh-CN': i.label['zh-CN'].trim() } })),
    updatedAt: now,
  };
}
