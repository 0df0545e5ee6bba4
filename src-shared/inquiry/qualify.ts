import { z } from 'zod';
import { domainOf, isFreeMailDomain } from '../customer/derived';
import { suggestBackground } from './background';
import type { InquiryInputError } from './errors';
import { extractInquiry } from './extract';
import { findKnownCustomer, type KnownCustomerIndex } from './known';
import { replyPlan } from './replyPlan';
import { buyerClock, computeScorecard, phraseWindow } from './scorecard';
import { INQUIRY_CHANNELS, type ExtractedInquiry, type Qualification, type QualifyInput } from './types';
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, NEED_SIGNALS, type QualifyThresholds, type QualifyWeights, type SignalId } from './weights';

/**
 * qualifyInquiry: who is asking, how real and how valuable the request is, and how to reply.
 * Reads the inquiry (extractInquiry), scores it on DOMAIN.md's signals (computeScorecard),
 * turns the score into a level, and plans the reply. Pure and synchronous; never throws.
 */

export interface QualifyOptions {
  /** Overrides of DEFAULT_WEIGHTS (Settings stores the full set; a partial one is merged). */
  weights?: Partial<QualifyWeights>;
  thresholds?: Partial<QualifyThresholds>;
  /** The customer book, to recognise known customers. */
  known?: KnownCustomerIndex;
  /** Epoch ms standing for "now" when the inquiry has no receivedAt. */
  now?: number;
  /**
   * What was read from the inquiry, when the caller has it already: the salesperson's corrections
   * of the engine's reading, which the scorecard must count instead of the text's.
   */
  extracted?: ExtractedInquiry;
}

export function qualifyInquiry(input: QualifyInput, options: QualifyOptions = {}): Qualification {
  const weights = options.weights ? { ...DEFAULT_WEIGHTS, ...options.weights } : DEFAULT_WEIGHTS;
  const thresholds = options.thresholds ? { ...DEFAULT_THRESHOLDS, ...options.thresholds } : DEFAULT_THRESHOLDS;
  const extracted = options.extracted ?? extractInquiry(input);
  const senderDomain = domainOf(extracted.emails[0] ?? '');
  const freeMail = senderDomain !== '' && isFreeMailDomain(senderDomain);
  const known = options.known
    ? findKnownCustomer(options.known, { emails: extracted.emails, domain: freeMail ? '' : senderDomain, company: extracted.company?.value })
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
  const at = Number.isFinite(received) ? received : (options.now ?? Date.now());
  const clock = buyerClock(input.receivedAt);
  // Who they are ("we are a distributor", "we sell on Amazon") is said in the opening and the signature.
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

/** The platform (or given) country against the signature's and the email domain's. */
function countriesDisagree(given: string | undefined, by: Partial<Record<string, string>>): boolean {
  const stated = given ?? by.platform;
  if (!stated) return false;
  return [by.text, by.emailDomain].some((c) => c !== undefined && c !== stated);
}

const platformSchema = z
  .object({
    verified: z.boolean().optional(),
    productViews: z.number().int().min(0).max(1_000_000).optional(),
    validInquiries: z.number().int().min(0).max(1_000_000).optional(),
    rfqs: z.number().int().min(0).max(1_000_000).optional(),
    loginDays: z.number().int().min(0).max(90).optional(),
    junkInquiries: z.number().int().min(0).max(1_000_000).optional(),
    blacklisted: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

/** The shape of QualifyInput, for IPC and imports. The text may be long: the engine reads the start. */
export const qualifyInputSchema = z.object({
  text: z.string().max(20_000_000),
  subject: z.string().max(2_000).optional(),
  fromEmail: z.string().max(320).optional(),
  fromName: z.string().max(400).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  platform: platformSchema.optional(),
  channel: z.enum(INQUIRY_CHANNELS).optional(),
});

const MESSAGES = {
  emptyText: { en: 'The inquiry has no text. Paste the message or import the email.', 'zh-CN': '询盘没有内容。请粘贴邮件正文或导入邮件。' },
  inputInvalid: { en: 'The inquiry has a field that is not valid: {{path}}.', 'zh-CN': '询盘有一项内容无效：{{path}}。' },
};

/** Checks an inquiry before it is stored or qualified: a value error (code and both UI languages), never a throw. */
export function validateQualifyInput(value: unknown): { ok: true; input: QualifyInput } | { ok: false; error: InquiryInputError } {
  const parsed = qualifyInputSchema.safeParse(value);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') || 'input';
    return {
      ok: false,
      error: {
        code: 'inputInvalid',
        path,
        message: { en: MESSAGES.inputInvalid.en.replace('{{path}}', path), 'zh-CN': MESSAGES.inputInvalid['zh-CN'].replace('{{path}}', path) },
      },
    };
  }
  if (!parsed.data.text.trim()) return { ok: false, error: { code: 'emptyText', message: MESSAGES.emptyText } };
  return { ok: true, input: parsed.data };
}
