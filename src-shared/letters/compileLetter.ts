import { checkTemplate, syntaxProblem } from './checkTemplate';
import { COMPILE_OPTIONS, letterEnvironment } from './environment';
import { recordHelperResults } from './helpers';
import { htmlToText } from './htmlToText';
import { collectMissing, isEmptyScope, type RequirementScope, requiredFields } from './requiredFields';
import { compileTextProgram, runTextProgram, type TextProgram } from './textProgram';
import type { LetterData, RenderedLetter, TemplateProblem, TemplateVariant } from './types';

/** A variant that cannot be compiled: its problems, with places, for the editor and the review. */
export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(problems.map((p) => `${p.part}${p.line ? ` ${p.line}:${p.column}` : ''}: ${p.message}`).join('\n') || 'Template error');
    this.name = 'TemplateError';
  }
}

type RawTemplate = (context: unknown) => string;

export interface CompiledLetter {
  readonly subjectSource: string;
  readonly htmlSource: string;
  /** Fields the subject and body cannot do without (worked out once, from the AST). */
  readonly requirements: { subject: RequirementScope; html: RequirementScope };
  /** The compiled Handlebars functions themselves (the benchmark's raw baseline calls these). */
  readonly templates: { subject: RawTemplate; html: RawTemplate };
  render(data: LetterData): RenderedLetter;
}

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
/**
 * CR, LF and every other control or line-separating character, and runs of spaces: a subject is
 * one header line. A lone space is left alone (matching it would cost a replacement per word).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const SUBJECT_BREAKS = /[^\S ][\s\u0000-\u001f\u007f\u0085]*|[\u0000-\u001f\u007f\u0085][\s\u0000-\u001f\u007f\u0085]*| [\s\u0000-\u001f\u007f\u0085]+/g;

/** Right to left for Arabic, Hebrew, Persian, Urdu and the other RTL scripts' languages. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has((language.split('-')[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}

/** `<div lang dir>` by language: a batch has a handful, and testing and splitting the tag per letter showed in profiles. */
const openingDivs = new Map<unknown, string>();

function openingDiv(tag: unknown): string {
  let div = openingDivs.get(tag);
  if (div === undefined) {
    const language = typeof tag === 'string' && LANGUAGE_TAG.test(tag) ? tag : 'en';
    div = `<div lang="${language}" dir="${textDirection(language)}">`;
    // Only valid tags are kept as keys (anything else maps to "en" and is not remembered).
    if (language === tag && openingDivs.size < 500) openingDivs.set(tag, div);
  }
  return div;
}

/** What SUBJECT_BREAKS could replace or trim() remove: any whitespace or control character, and a double space. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const NEEDS_CLEANING = /^\s|[^\S ]|[\u0000-\u001f\u007f\u0085]| {2}|\s$/;

/** A subject is plain text on one line: no CR/LF (header injection), no runs of spaces. */
export function cleanSubject(subject: string): string {
  // Most subjects are clean already: one test, and no new string, instead of a replace and a trim.
  return NEEDS_CLEANING.test(subject) ? subject.replace(SUBJECT_BREAKS, ' ').trim() : subject;
}

function compilePart(source: string, part: 'subject' | 'html'): { template: RawTemplate; requirements: RequirementScope; textProgram: TextProgram | null } {
  const ast = letterEnvironment.parse(source);
  // Worked out before Handlebars compiles the same AST, so that nothing it does to it can matter.
  const textProgram = part === 'html' ? compileTextProgram(ast) : null;
  // The subject is a plain-text header, not HTML: escaping would show "&amp;" to the reader.
  // Line breaks, the only danger in a header, are removed by cleanSubject after rendering.
  const template = letterEnvironment.compile(ast, { ...COMPILE_OPTIONS, noEscape: part === 'subject' }) as RawTemplate;
  return { template, requirements: requiredFields(ast), textProgram };
}

function makeCompiled(variant: TemplateVariant): CompiledLetter {
  const problems = checkTemplate(variant);
  if (problems.length > 0) throw new TemplateError(problems);
  let subject: ReturnType<typeof compilePart>;
  let html: ReturnType<typeof compilePart>;
  let part: 'subject' | 'html' = 'subject';
  try {
    subject = compilePart(variant.subject, part);
    part = 'html';
    html = compilePart(variant.html, part);
    // Handlebars compiles lazily on the first call: make that happen here, where an error is a
    // template problem, not in the middle of a batch.
    subject.template({});
    html.template({});
  } catch (err) {
    throw new TemplateError([syntaxProblem(part, err)]);
  }
  const subjectFn = subject.template;
  const htmlFn = html.template;
  const subjectNeeds = subject.requirements;
  const htmlNeeds = html.requirements;
  const checkSubject = !isEmptyScope(subjectNeeds);
  const checkHtml = !isEmptyScope(htmlNeeds);
  const textProgram = html.textProgram;
  return {
    subjectSource: variant.subject,
    htmlSource: variant.html,
    requirements: { subject: subjectNeeds, html: htmlNeeds },
    templates: { subject: subjectFn, html: htmlFn },
    render(data: LetterData): RenderedLetter {
      const missing: string[] = [];
      if (checkSubject) collectMissing(subjectNeeds, data, '', missing);
      if (checkHtml) collectMissing(htmlNeeds, data, '', missing);
      let body: string;
      let text: string | null = null;
      if (textProgram) {
        // The helpers record their results for the text program, during this render only.
        tape.length = 0;
        recordHelperResults(tape);
        try {
          body = htmlFn(data);
        } finally {
          recordHelperResults(null);
        }
        text = runTextProgram(textProgram, data, tape);
      } else {
        body = htmlFn(data);
      }
      return {
        subject: cleanSubject(subjectFn(data)),
        html: `${openingDiv(data.letter?.language)}${body}</div>`,
        text: text ?? htmlToText(body),
        missing,
      };
    },
  };
}

/** Helper results of the body being rendered (one render at a time: rendering is synchronous). */
const tape: unknown[] = [];

/**
 * Compiled variants by source. Templates are few; the bound only stops an editor session that
 * previews hundreds of drafts from keeping them all.
 */
const cache = new Map<string, Map<string, CompiledLetter | TemplateError>>();
let cached = 0;
const MAX_CACHED = 200;

/**
 * The variant compiled in the letter environment, with its required fields worked out; cached by
 * its source. Throws TemplateError (with problems and places) when the variant is broken.
 */
export function compileLetter(variant: TemplateVariant): CompiledLetter {
  let bySubject = cache.get(variant.subject);
  let hit = bySubject?.get(variant.html);
  if (hit === undefined) {
    try {
      hit = makeCompiled(variant);
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      hit = err;
    }
    if (cached >= MAX_CACHED) {
      cache.clear();
      cached = 0;
      bySubject = undefined;
    }
    if (!bySubject) {
      bySubject = new Map();
      cache.set(variant.subject, bySubject);
    }
    bySubject.set(variant.html, hit);
    cached++;
  }
  if (hit instanceof TemplateError) throw hit;
  return hit;
}

/**
 * One letter: subject, HTML (wrapped in lang and dir), derived text, and the names of the
 * required fields that are empty. Never throws for a missing field; throws TemplateError for a
 * broken template.
 */
export function renderLetter(variant: TemplateVariant, data: LetterData): RenderedLetter {
  return compileLetter(variant).render(data);
}
