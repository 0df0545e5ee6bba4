import type { Customer } from '../customer/customer';
import type { LetterTemplate, TemplateKind } from './types';

/** The stages each kind of letter is written for; a match ranks the template up. */
const KIND_STAGES: Record<TemplateKind, readonly string[]> = {
  inquiryReply: ['newInquiry'],
  quoteCover: ['qualified'],
  quoteFollowUp: ['quoted'],
  sampleFollowUp: ['sample'],
  reorder: ['firstOrder', 'repeatOrder'],
  // Cold outreach, or waking up a buyer who went quiet.
  development: ['silent', 'lost'],
  festival: [],
  closureNotice: [],
  custom: [],
};

const WEIGHT = { stage: 8, kindStage: 4, level: 2, background: 2 } as const;

/** The template's score for this customer, or null when one of its suggestion lists rules it out. */
function score(template: LetterTemplate, customer: Pick<Customer, 'level' | 'background' | 'stage'>): number | null {
  const { levels, backgrounds, stages } = template.suggest ?? {};
  let total = 0;
  const criteria: Array<[readonly string[] | undefined, string, number]> = [
    [stages, customer.stage, WEIGHT.stage],
    [levels, customer.level, WEIGHT.level],
    [backgrounds, customer.background, WEIGHT.background],
  ];
  for (const [list, value, weight] of criteria) {
    if (!list || list.length === 0) continue;
    if (!list.includes(value)) return null;
    total += weight;
  }
  if ((KIND_STAGES[template.kind] ?? []).includes(customer.stage)) total += WEIGHT.kindStage;
  return total;
}

/**
 * The templates that suit this customer, best first: stage, then the letter kind's usual stage,
 * then level and background. A template whose suggestion names other levels, backgrounds or
 * stages is left out (an inquiry reply for A customers is not offered for a D); templates that
 * name nothing (festival greetings, custom letters) follow, in their given order.
 */
export function suggestTemplates(templates: LetterTemplate[], customer: Pick<Customer, 'level' | 'background' | 'stage'>): LetterTemplate[] {
  const scored: Array<{ template: LetterTemplate; score: number; index: number }> = [];
  templates.forEach((template, index) => {
    const s = score(template, customer);
    if (s !== null) scored.push({ template, score: s, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.template);
}
