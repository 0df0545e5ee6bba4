import type { InquiryRecord } from '../../../data';

/** The default pack's inquiry replies, one per level (inquiry-reply-a … -d). */
const REPLY_TEMPLATE_LEVELS = new Set(['A', 'B', 'C', 'D']);

/** The reply template for the level the salesperson confirmed, else the plan's. */
export function replyTemplateFor(inquiry: InquiryRecord): string | undefined {
  const level = inquiry.confirmed?.level ?? inquiry.qualification.level;
  if (REPLY_TEMPLATE_LEVELS.has(level)) return `inquiry-reply-${level.toLowerCase()}`;
  return inquiry.qualification.plan.templateId;
}

/** The composer's address for the reply: the linked customer, the template, and the inquiry it answers. */
export function replyLink(inquiry: InquiryRecord): string | null {
  if (!inquiry.customerId) return null;
  const params = new URLSearchParams({ customer: inquiry.customerId, inquiry: inquiry.id });
  const template = replyTemplateFor(inquiry);
  if (template) params.set('template', template);
  return `/letters/compose?${params.toString()}`;
}

/** What the reply template's inquiry inputs start with: the product and quantity asked about. */
export interface ReplyInputs {
  product: string;
  quantity: string;
}

export function replyInputsFor(inquiry: InquiryRecord): ReplyInputs {
  const { extracted } = inquiry;
  const product = [extracted.products[0]?.value, extracted.models[0]?.value].filter(Boolean).join(' ');
  const q = extracted.quantity?.value;
  // Plain digits: the letter is in the buyer's language, and grouping marks differ between them.
  const quantity = q ? `${q.amount} ${q.unit}`.trim() : '';
  return { product, quantity };
}
