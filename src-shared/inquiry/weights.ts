import { z } from 'zod';

/**
 * The scorecard's numbers: one weight per signal and the level thresholds. Plain data, so that
 * Settings can show and edit them and store them as JSON; the zod schemas check what comes back.
 *
 * The defaults follow DOMAIN.md's reading of an inquiry, not any single test case:
 * - an inquiry that says nothing either way scores `base` (45): an ordinary prospect, level D;
 * - each concrete commercial fact (product spec, quantity, price, terms, dates, certificates,
 *   packaging, samples) and each proof of a real company adds 4-10; three or four of them make a
 *   strong prospect (C at 60);
 * - each weak sign costs 3-6, so one alone never sinks a good inquiry, but a vague one from an
 *   anonymous address falls towards E;
 * - fishing for every price and selling to us (spam) cost more than the strong signals can add
 *   back without real specifics;
 * - fraud signs cost a lot, and when they add up to `fraudRiskAt` the inquiry is E whatever else it says.
 */

export const STRONG_SIGNALS = [
  'specificProduct', 'quantity', 'targetPrice', 'tradeTerm', 'paymentTerms', 'deliveryDate', 'certificates',
  'packagingOrOem', 'sampleRequest', 'companyDomain', 'websiteMatchesDomain', 'fullSignature', 'knownCustomer',
] as const;
export const WEAK_SIGNALS = [
  'vagueSubject', 'vagueMassInquiry', 'spamOffer', 'noSignature', 'freeMail', 'countryLanguageMismatch', 'countryPhoneMismatch', 'nightTime',
] as const;
export const FRAUD_SIGNALS = ['skipSamplesPayBulk', 'oddPaymentChannel', 'pushWhatsapp', 'changeBankDetails', 'contactChanging', 'overpaymentRefund'] as const;
/** The strong signals that are the buyer's own concrete facts (as opposed to proof of a real company). */
export const NEED_SIGNALS: ReadonlySet<SignalId> = new Set([
  'specificProduct', 'quantity', 'targetPrice', 'tradeTerm', 'paymentTerms', 'deliveryDate', 'certificates', 'packagingOrOem', 'sampleRequest',
]);
/** Platform weights are the most a signal can add or take away; the figure is scaled up to it. */
export const PLATFORM_SIGNALS = ['verified', 'productViews', 'validInquiries', 'rfqs', 'loginDays', 'junkInquiries', 'blacklisted'] as const;

export type SignalId = (typeof STRONG_SIGNALS)[number] | (typeof WEAK_SIGNALS)[number] | (typeof FRAUD_SIGNALS)[number] | (typeof PLATFORM_SIGNALS)[number];
export type QualifyWeights = Record<SignalId | 'base', number>;

export const SIGNAL_GROUPS: Readonly<Record<'strong' | 'weak' | 'fraud' | 'platform', readonly SignalId[]>> = {
  strong: STRONG_SIGNALS,
  weak: WEAK_SIGNALS,
  fraud: FRAUD_SIGNALS,
  platform: PLATFORM_SIGNALS,
};

export const DEFAULT_WEIGHTS: Readonly<QualifyWeights> = {
  base: 45,
  specificProduct: 10,
  quantity: 10,
  targetPrice: 6,
  tradeTerm: 6,
  paymentTerms: 4,
  deliveryDate: 4,
  certificates: 5,
  packagingOrOem: 5,
  sampleRequest: 5,
  companyDomain: 8,
  websiteMatchesDomain: 4,
  fullSignature: 7,
  knownCustomer: 20,
  vagueSubject: -5,
  vagueMassInquiry: -25,
  spamOffer: -35,
  noSignature: -5,
  freeMail: -6,
  countryLanguageMismatch: -3,
  countryPhoneMismatch: -4,
  nightTime: -3,
  skipSamplesPayBulk: -30,
  oddPaymentChannel: -15,
  pushWhatsapp: -10,
  changeBankDetails: -40,
  contactChanging: -15,
  overpaymentRefund: -40,
  verified: 8,
  productViews: 3,
  validInquiries: 4,
  rfqs: 3,
  loginDays: 3,
  junkInquiries: -10,
  blacklisted: -20,
};

export interface QualifyThresholds {
  /**
   * Score floors, checked from the top: the first the score reaches gives the level. `minNeeds`
   * is how many of the buyer's concrete facts (NEED_SIGNALS) the level also requires: a real
   * company that only asks for a catalogue is no strong prospect, however good its signature.
   */
  levels: Array<{ level: string; minScore: number; minNeeds?: number }>;
  /** The level below every floor. */
  below: string;
  /** Fraud signals adding up to this (or less) force `below` and the fraudRisk flag. */
  fraudRiskAt: number;
  /** Levels a known customer keeps whatever the score (ordering and sampling customers). */
  keepKnownLevels: string[];
}

/**
 * A and B are facts from the customer book (ordering, sampling), not something an inquiry's
 * words can show: the score alone goes up to C. Known customers at A or B keep their level.
 */
export const DEFAULT_THRESHOLDS: Readonly<QualifyThresholds> = {
  levels: [
    { level: 'C', minScore: 60, minNeeds: 1 },
    { level: 'D', minScore: 25 },
  ],
  below: 'E',
  fraudRiskAt: -25,
  keepKnownLevels: ['A', 'B'],
};

const weight = z.number().finite().min(-100).max(100);
const weightShape = Object.fromEntries(
  ['base', ...STRONG_SIGNALS, ...WEAK_SIGNALS, ...FRAUD_SIGNALS, ...PLATFORM_SIGNALS].map((id) => [id, weight]),
) as Record<SignalId | 'base', typeof weight>;

/** A full set of weights as Settings stores it. `.partial()` of it checks an override. */
export const qualifyWeightsSchema = z.object(weightShape).strict();

export const qualifyThresholdsSchema = z
  .object({
    levels: z
      .array(z.object({ level: z.string().min(1).max(8), minScore: z.number().finite().min(0).max(100), minNeeds: z.number().int().min(0).max(9).optional() }))
      .max(10),
    below: z.string().min(1).max(8),
    fraudRiskAt: z.number().finite().min(-200).max(0),
    keepKnownLevels: z.array(z.string().min(1).max(8)).max(10),
  })
  .strict();
