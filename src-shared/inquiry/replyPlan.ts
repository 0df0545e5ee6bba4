import type { QuestionCode } from './questionText';
import type { ExtractedInquiry, Qualification } from './types';

/**
 * What to reply: the default pack's inquiry reply for the level, the facts still missing as
 * questions (the fewer, the better the letter: a buying customer gets at most two, a vague one
 * the three that qualify it), and the deadline, 24 hours after the inquiry arrived.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Terms where we pay the freight to the buyer's port, so we need to know it. */
const DESTINATION_TERMS = new Set(['CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'C&F']);
const TEMPLATE_BY_LEVEL: Record<string, string> = { A: 'inquiry-reply-a', B: 'inquiry-reply-b', C: 'inquiry-reply-c', D: 'inquiry-reply-d' };
const MAX_QUESTIONS: Record<string, number> = { A: 2, B: 3, C: 4, D: 3 };

export function missingFacts(x: ExtractedInquiry, freeMail: boolean): QuestionCode[] {
  const specific = x.models.length > 0 || x.specs.length > 0;
  const term = x.tradeTerm?.value;
  const missing: QuestionCode[] = [];
  if (!specific) missing.push('askProductModel');
  if (!x.quantity) missing.push('askQuantity');
  if (!term || (DESTINATION_TERMS.has(term) && !x.tradeTerm?.place)) missing.push('askDestinationPort');
  if (!x.targetPrice) missing.push('askTargetPrice');
  if (!term) missing.push('askTradeTerm');
  if (!x.deliveryDate) missing.push('askTimeline');
  if (specific && x.certificates.length === 0) missing.push('askCertificates');
  if (!x.sampleRequest && !x.quantity) missing.push('askSampleOrOrder');
  if ((freeMail || x.emails.length === 0) && !x.website) missing.push('askCompanyWebsite');
  return missing;
}

export function replyPlan(level: string, x: ExtractedInquiry, freeMail: boolean, receivedAt: number, buyerOffset: number | undefined): Qualification['plan'] {
  const templateId = TEMPLATE_BY_LEVEL[level];
  const missing = templateId ? missingFacts(x, freeMail) : [];
  let questions: QuestionCode[];
  if (level === 'A' || level === 'B') {
    // A buying customer's specs are on file: ask only what this order needs.
    questions = missing.filter((q) => q === 'askQuantity' || q === 'askTimeline' || (level === 'B' && q === 'askSampleOrOrder'));
  } else if (level === 'D') {
    // Which product, how many, for which market: the three questions that qualify a vague inquiry.
    questions = missing.filter((q) => q === 'askProductModel' || q === 'askQuantity' || q === 'askDestinationPort' || q === 'askCompanyWebsite');
  } else {
    questions = missing;
  }
  const plan: Qualification['plan'] = {
    action: templateId ? 'reply' : 'archive',
    templateKind: 'inquiryReply',
    questions: questions.slice(0, MAX_QUESTIONS[level] ?? 4),
    replyBy: new Date(receivedAt + DAY_MS).toISOString(),
  };
  if (templateId) plan.templateId = templateId;
  if (buyerOffset !== undefined) plan.buyerUtcOffsetMinutes = buyerOffset;
  return plan;
}
