/**
 * Inquiry qualification: read an inquiry, score it on DOMAIN.md's signals, plan the reply.
 * Pure: no DOM, no Node. See README.md.
 */
export * from './types';
export { qualifyInquiry, validateQualifyInput, qualifyInputSchema, type QualifyOptions } from './qualify';
export { extractInquiry } from './extract';
export { normalizeInquiryText, ANALYSIS_LIMIT, type NormalizedInquiry } from './normalize';
export { detectLanguage } from './detectLanguage';
export { computeScorecard, buyerClock } from './scorecard';
export {
  DEFAULT_WEIGHTS,
  DEFAULT_THRESHOLDS,
  SIGNAL_GROUPS,
  qualifyWeightsSchema,
  qualifyThresholdsSchema,
  type QualifyWeights,
  type QualifyThresholds,
  type SignalId,
} from './weights';
export { buildKnownCustomerIndex, findKnownCustomer, type KnownCustomerIndex, type KnownCustomerRow } from './known';
export { suggestBackground } from './background';
export { questionText, QUESTION_CODES, type QuestionCode } from './questionText';
export { INQUIRY_PROBLEM_MESSAGES, type InquiryInputError } from './errors';
export { inquiryFingerprint, inquiryIdentity } from './fingerprint';
