import { domainOf, isFreeMailDomain } from '../../../src-shared/customer/derived';
import { suggestBackground } from '../../../src-shared/inquiry/background';
import { extractInquiry } from '../../../src-shared/inquiry/extract';
import { findKnownCustomer, type KnownCustomerIndex } from '../../../src-shared/inquiry/known';
import { qualifyInquiry } from '../../../src-shared/inquiry/qualify';
import { replyPlan } from '../../../src-shared/inquiry/replyPlan';
import { buyerClock, computeScorecard, phraseWindow } from '../../../src-shared/inquiry/scorecard';
import type { ExtractedInquiry, InquiryProblemCode, Qualification, QualifyInput } from '../../../src-shared/inquiry/types';
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, NEED_SIGNALS, type QualifyThresholds, type QualifyWeights, type SignalId } from '../../../src-shared/inquiry/weights';

/**
 * qualifyInquiry with the salesperson's corrections of what was read. The engine reads its values
 * from the text only; once the salesperson fixes one (a quantity it missed, a company it got
 * wrong), the scorecard must count the fixed value. Without corrections this is qualifyInquiry
 * itself; with them, the same steps as qualify.ts over the corrected extraction.
 *
 * KEEP IN STEP with src-shared/inquiry/qualify.ts (test/data/inquiries/requalify.test.ts checks
 * that "corrections" equal to the engine's own values give the engine's result). The engine would
 * ideally take an `extracted` override itself; until then this mirror is the one place it lives.
 */

export interface QualifyContext {
  weights?: Partial<QualifyWeights>;
  thresholds?: Partial<QualifyThresholds>;
  known?: KnownCustomerIndex;
  /** When the inquiry was added: the deadline of an inquiry without receivedAt counts from it. */
  now: number;
}

export type Corrections = Partial<ExtractedInquiry>;

export function qualifyWithCorrections(input: QualifyInput, corrections: Corrections, ctx: QualifyContext): Qualification {
  const options = { now: ctx.now, ...(ctx.weights ? { weights: ctx.weights } : {}), ...(ctx.thresholds ? { thresholds: ctx.thresholds } : {}), ...(ctx.known ? { known: ctx.known } : {}) };
  if (Object.keys(corrections).length === 0) return qualifyInquiry(input, options);

  const weights = { ...DEFAULT_WEIGHTS, ...ctx.weights };
  const thresholds = { ...DEFAULT_THRESHOLDS, ...ctx.thresholds };
  const extracted = withCorrections(extractInquiry(input), corrections);
  const senderDomain = domainOf(extracted.emails[0] ?? '');
  const freeMail = senderDomain !== '' && isFreeMailDomain(senderDomain);
  const known = ctx.known
    ? findKnownCustomer(ctx.known, { emails: extracted.emails, domain: freeMail ? '' : senderDomain, company: extracted.company?.value })
    : undefined;

  const card = computeScorecard({ input, extracted, known, weights });
  const empty = extracted.problems.includes('emptyText');
  const raw = weights.base + card.signals.reduce((sum, s) => sum + s.weight, 0);
  const score = empty ? 0 : Math.max(0, Math.min(100, Math.round(raw)));
  const fraudRisk = card.fraudWeight <= thresholds.fraudRiskAt && card.signals.some((s) => s.weight < 0);

  let level = thresholds.below;
  const needs = card.signals.filter((s) => NEED_SIGNALS.has(s.id as SignalId)).length;
  for (const t of [...thresholds.levels].sort((a, b) => b.minScore - a.minScore)) {
    if (score >= t.minScore && needs >= (t.minNeeds ?? 0)) {
      level = t.level;
      break;
    }
  }
  if (known && thresholds.keepKnownLevels.includes(known.level)) level = known.level;
  if (fraudRisk || empty) level = thresholds.below;

  const flags = new Set<string>();
  const fired = new Set(card.signals.map((s) => s.id));
  if (freeMail) flags.add('freeMail');
  if (fraudRisk) flags.add('fraudRisk');
  if (fired.has('nightTime')) flags.add('nightTime');
  if (countriesDisagree(input.country, extracted.countryBy)) flags.add('countryMismatch');
  if (fired.has('countryPhoneMismatch')) flags.add('phoneMismatch');
  if (fired.has('countryLanguageMismatch')) flags.add('languageMismatch');
  if (fired.has('vagueMassInquiry')) flags.add('vagueMass');
  if (fired.has('spamOffer')) flags.add('spam');
  if (known) flags.add('knownCustomer');
  for (const problem of extracted.problems) flags.add(problem);

  const received = input.receivedAt ? Date.parse(input.receivedAt) : NaN;
  const at = Number.isFinite(received) ? received : ctx.now;
  const clock = buyerClock(input.receivedAt);
  const background = suggestBackground(phraseWindow(extracted.text, 3_000, 1_000));

  const result: Qualification = {
    score,
    level,
    flags: [...flags],
    signals: card.signals,
    plan: replyPlan(empty ? thresholds.below : level, extracted, freeMail || extracted.emails.length === 0, at, clock?.offsetMinutes),
    language: extracted.language,
    extracted,
  };
  if (background) result.background = background.background;
  if (known) result.knownCustomer = known;
  return result;
}

/** The engine's extraction with the corrected keys replaced; "no email" follows the corrected addresses. */
export function withCorrections(read: ExtractedInquiry, corrections: Corrections): ExtractedInquiry {
  const merged: ExtractedInquiry = { ...read, ...corrections };
  const problems: InquiryProblemCode[] = merged.problems.filter((p) => p !== 'noEmail');
  if (merged.emails.length === 0) problems.push('noEmail');
  return { ...merged, problems };
}

function countriesDisagree(given: string | undefined, by: Partial<Record<string, string>>): boolean {
  const stated = given ?? by.platform;
  if (!stated) return false;
  return [by.text, by.emailDomain].some((c) => c !== undefined && c !== stated);
}
