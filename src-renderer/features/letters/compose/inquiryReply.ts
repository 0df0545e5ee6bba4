import { questionText } from '../../../../src-shared/inquiry';
import { pickVariant } from '../../../../src-shared/letters/pickVariant';
import type { LetterTemplate } from '../../../../src-shared/letters/types';
import { type InquiryRecord, useInquiry } from '../../../data';
import { replyInputsFor } from '../../inquiries/shared/replyInputs';
import type { InputValues } from './templateInputs';

/**
 * The composer opened from an inquiry (#/letters/compose?customer=…&template=…&inquiry=…): the
 * reply template's inputs start with the product and quantity asked about, and the plan's
 * questions go to `extra.inquiry.questions` as a list of sentences in the letter's language.
 */
export type InquiryReply =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; inquiry: InquiryRecord; values: InputValues };

export function useInquiryReply(inquiryId: string | null): InquiryReply {
  const { data, isLoading } = useInquiry(inquiryId);
  if (!inquiryId) return { status: 'none' };
  if (isLoading) return { status: 'loading' };
  // A deleted inquiry: the composer still works, without the prefill.
  if (!data) return { status: 'none' };
  const inputs = replyInputsFor(data);
  const values: InputValues = {};
  if (inputs.product) values['inquiry.product'] = inputs.product;
  if (inputs.quantity) values['inquiry.quantity'] = inputs.quantity;
  return { status: 'ready', inquiry: data, values };
}

/**
 * The plan's questions in the language the letter will be written in: the variant the customer
 * gets from the template (a German buyer of an English-only template reads English questions),
 * else the customer's language, else the inquiry's.
 */
export function replyQuestions(inquiry: InquiryRecord, template: LetterTemplate | undefined, customerLanguage: string): { language: string; questions: string[] } {
  const wanted = customerLanguage || inquiry.language || inquiry.qualification.language;
  const language = template ? pickVariant(template, wanted).language : wanted;
  const questions = inquiry.qualification.plan.questions.map((code) => questionText(code, language)).filter(Boolean);
  return { language, questions };
}

/**
 * What the salesperson typed wins over the inquiry's defaults, key by key one level down
 * (typing questions replaces the plan's list; leaving the field empty keeps it).
 */
export function withDefaults(typed: Record<string, unknown>, defaults: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!defaults) return typed;
  const out: Record<string, unknown> = { ...defaults, ...typed };
  for (const [key, value] of Object.entries(defaults)) {
    const mine = typed[key];
    if (isPlainObject(value) && isPlainObject(mine)) out[key] = { ...value, ...mine };
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
