import { z } from 'zod';
import type { Customer, CustomerInput, Interaction } from '../../../src-shared/customer/customer';
import { LIMITS, contactSchema } from '../../../src-shared/customer/customer';
import { defaultLanguage, defaultTimeZone, isCountryCode } from '../../../src-shared/customer/countries';
import { domainOf, isFreeMailDomain } from '../../../src-shared/customer/derived';
import type { Source } from '../../../src-shared/customer/vocabulary';
import type { InquiryChannel } from '../../../src-shared/inquiry/types';
import { applyBookChange } from '../bookIndex';
import { customerRecord, inputOf } from '../customerRecord';
import { db } from '../db';
import { InquiryDataError } from './errors';
import type { InquiryRecord } from './records';

export interface ConfirmInquiryArgs {
  level: string;
  background: string;
  /** Link to this customer of the book, or 'new' to create one from the inquiry. */
  customerId: string | 'new';
  /** For 'new' when the inquiry's country is unknown (ISO alpha-2). */
  country?: string;
  /**
   * The timeline note of the qualification, in the salesperson's language (the UI writes it);
   * absent: a short English summary (score, level, background, top signals).
   */
  note?: string;
  /**
   * When linking an existing customer: write to them in this language from now on (the
   * inquiry's detected language, which the salesperson accepted). Absent: the book's stays.
   */
  language?: string;
}

const argsSchema = z.object({
  level: z.string().trim().min(1).max(8),
  background: z.string().trim().min(1).max(40),
  customerId: z.string().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  note: z.string().max(LIMITS.notes).optional(),
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
});

/** The main line of the lifecycle; a customer further along keeps its stage. */
const LATER_THAN_QUALIFIED = new Set(['qualified', 'quoted', 'sample', 'firstOrder', 'repeatOrder']);
const SOURCE_BY_CHANNEL: Record<InquiryChannel, Source> = {
  alibaba: 'alibaba', rfq: 'rfq', website: 'website', tradeFair: 'tradeFair', email: 'other', whatsapp: 'other', madeInChina: 'other', other: 'other',
};

/**
 * The qualify-before-reply step, in one rw transaction (all of it, or nothing):
 * - 'new': creates the customer from the inquiry (company, contact name/title/emails/phones/
 *   WhatsApp, website, country, language, products, level, background, stage qualified, source
 *   from the channel); otherwise links the customer: level set to the confirmed one, background
 *   only when the book does not know it ('unknown'), stage moved to qualified unless it is
 *   already there or further along (quoted, sample, orders), the sender added as a contact when
 *   no contact has the address;
 * - the customer's timeline gets the inquiry (kind 'inquiry': subject, blank line, text, at the
 *   time it arrived) and a note of the qualification;
 * - the inquiry becomes qualified, with the confirmation and the link.
 * Confirming again (a changed level, another customer) updates the link and adds a new note; the
 * inquiry goes on a customer's timeline only once. Returns the customer's id.
 */
export async function confirmInquiry(id: string, args: ConfirmInquiryArgs, now = Date.now()): Promise<{ customerId: string }> {
  const parsed = argsSchema.safeParse(args);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join('.') || 'confirmation';
    throw new InquiryDataError('invalidConfirmation', `Invalid ${field}`, { field });
  }
  const { level, background, customerId, country, note, language } = parsed.data;
  const customer = await db.transaction('rw', db.inquiries, db.customers, db.interactions, async () => {
    const inquiry = await db.inquiries.get(id);
    if (!inquiry) throw new InquiryDataError('inquiryNotFound', `No inquiry ${id}`, { id });
    if (inquiry.status === 'archived') throw new InquiryDataError('inquiryArchived', `Inquiry ${id} is archived`, { id });

    let saved: Customer;
    if (customerId === 'new') {
      saved = customerRecord(newCustomerInput(inquiry, { level, background, country }), { createdAt: now, updatedAt: now });
      await db.customers.add(saved);
    } else {
      const existing = await db.customers.get(customerId);
      if (!existing) throw new InquiryDataError('customerNotFound', `No customer ${customerId}`, { id: customerId });
      saved = linkedCustomer(existing, inquiry, { level, background, language }, now);
      if (saved !== existing) await db.customers.put(saved);
    }

    const entries: Interaction[] = [];
    if (inquiry.customerId !== saved.id) {
      entries.push({ id: crypto.randomUUID(), customerId: saved.id, kind: 'inquiry', at: inquiry.receivedAtMs, text: timelineText(inquiry) });
    }
    entries.push({ id: crypto.randomUUID(), customerId: saved.id, kind: 'note', at: now, text: note?.trim() || qualificationNote(inquiry, level, background) });
    await db.interactions.bulkAdd(entries);

    await db.inquiries.put({
      ...inquiry,
      status: inquiry.status === 'replied' ? 'replied' : 'qualified',
      confirmed: { level, background, at: now },
      customerId: saved.id,
      updatedAt: now,
    });
    return saved;
  });
  applyBookChange({ upserted: [customer] });
  return { customerId: customer.id };
}

function newCustomerInput(inquiry: InquiryRecord, chosen: { level: string; background: string; country: string | undefined }): CustomerInput {
  const x = inquiry.extracted;
  const country = chosen.country ?? (isCountryCode(inquiry.country) ? inquiry.country : '');
  if (!country) throw new InquiryDataError('countryNeeded', 'The inquiry has no country: choose one for the customer', { field: 'country' });
  const emails = validEmails([inquiry.fromEmail, ...x.emails]);
  const domain = domainOf(emails[0] ?? '');
  const company =
    clip(x.company?.value) ||
    clip(x.signature.company) ||
    (domain && !isFreeMailDomain(domain) ? domain : '') ||
    clip(inquiry.fromName) ||
    emails[0] ||
    clip(inquiry.subject) ||
    inquiry.id;
  const products = [...new Set([...x.products, ...x.models].map((p) => clip(p.value)).filter(Boolean))].slice(0, 200);
  return {
    company,
    website: clip(x.website?.value),
    country,
    city: '',
    contacts: [
      {
        name: clip(inquiry.fromName || x.senderName?.value),
        title: clip(x.signature.title),
        emails,
        phones: [...new Set(x.phones.map((p) => p.value))].filter((p) => p.length <= 40).slice(0, 20),
        whatsapp: (x.whatsapp?.value ?? '').slice(0, 40),
      },
    ],
    language: customerLanguage(inquiry.language, country),
    timeZone: defaultTimeZone(country),
    level: chosen.level,
    background: chosen.background,
    stage: 'qualified',
    source: SOURCE_BY_CHANNEL[inquiry.channel],
    tags: [],
    products,
    notes: '',
    lastContactAt: null,
    nextFollowUpAt: null,
  };
}

function linkedCustomer(
  existing: Customer,
  inquiry: InquiryRecord,
  chosen: { level: string; background: string; language: string | undefined },
  now: number,
): Customer {
  const input = inputOf(existing);
  const language = chosen.language ?? existing.language;
  const stage = LATER_THAN_QUALIFIED.has(existing.stage) ? existing.stage : 'qualified';
  const background = !existing.background || existing.background === 'unknown' ? chosen.background : existing.background;
  const sender = validEmails([inquiry.fromEmail])[0];
  const contacts = input.contacts.slice();
  if (sender && !existing.emails.includes(sender) && contacts.length < LIMITS.contacts) {
    contacts.push({ name: clip(inquiry.fromName), title: clip(inquiry.extracted.signature.title), emails: [sender], phones: [], whatsapp: '' });
  }
  const unchanged =
    stage === existing.stage &&
    background === existing.background &&
    chosen.level === existing.level &&
    language === existing.language &&
    contacts.length === input.contacts.length;
  if (unchanged) return existing;
  return customerRecord({ ...input, stage, background, level: chosen.level, language, contacts }, { createdAt: existing.createdAt, updatedAt: now }, existing.id);
}

/** "pt" from Brazil is pt-BR; a language the country does not speak stays as detected. */
function customerLanguage(detected: string, country: string): string {
  const local = defaultLanguage(country);
  if (!detected || detected === 'und') return local;
  return local.split('-')[0] === detected ? local : detected;
}

function validEmails(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const parsed = contactSchema.shape.emails.element.safeParse(raw);
    if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
  }
  return out.slice(0, 20);
}

function clip(value: string | undefined, max: number = LIMITS.shortText): string {
  return (value ?? '').trim().slice(0, max).trim();
}

/**
 * The inquiry as the timeline shows it: subject, blank line, text; an HTML-only message as the
 * text read from it, not its markup. Cut to what a timeline entry holds; the inquiry keeps it all.
 */
function timelineText(inquiry: InquiryRecord): string {
  const head = inquiry.subject ? `${inquiry.subject}\n\n` : '';
  const body = inquiry.extracted.problems.includes('htmlOnly') ? inquiry.extracted.text : inquiry.rawText;
  const full = head + body;
  return full.length <= LIMITS.notes ? full : `${full.slice(0, LIMITS.notes - 1)}…`;
}

/** A short summary of the scorecard for the timeline: what was confirmed and the signals that weighed most. */
export function qualificationNote(inquiry: InquiryRecord, level: string, background: string): string {
  const q = inquiry.qualification;
  const top = [...q.signals]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 5)
    .map((s) => `${s.id} ${s.weight > 0 ? '+' : ''}${s.weight}`);
  const suggested = q.level === level ? '' : ` (suggested ${q.level})`;
  const lines = [`Inquiry qualified: level ${level}${suggested}, background ${background}, score ${q.score}/100.`];
  if (top.length) lines.push(`Signals: ${top.join(', ')}.`);
  if (q.flags.length) lines.push(`Flags: ${q.flags.join(', ')}.`);
  return lines.join('\n').slice(0, LIMITS.notes);
}
