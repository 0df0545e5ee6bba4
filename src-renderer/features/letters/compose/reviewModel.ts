import type { PublicHoliday } from '../../../../src-shared/calendar/publicHolidays';
import type { OfficeClosed } from '../../../../src-shared/calendar/workingTime';
import type { Contact, Customer } from '../../../../src-shared/customer/customer';
import { MAX_RENDER_BATCH } from '../../../../src-shared/ipc/contract';
import type { InvokeArg, InvokeResult } from '../../../../src-shared/ipc/contract';
import { buildLetterData } from '../../../../src-shared/letters/buildLetterData';
import { pickVariant } from '../../../../src-shared/letters/pickVariant';
import { checkRecipient, primaryContact } from '../../../../src-shared/letters/recipients';
import type {
  LetterData,
  LetterTemplate,
  RecipientProblem,
  RenderedLetter,
  SenderProfile,
  TemplateProblem,
  VariantChoice,
} from '../../../../src-shared/letters/types';

/** One recipient as the review shows it: the letter written for them, and why it may not go. */
export interface ReviewItem {
  customer: Customer;
  /** The person written to; null when the customer has no contact at all. */
  contact: Contact | null;
  /** The address the letter goes to; null when there is none. */
  email: string | null;
  choice: VariantChoice;
  /** When this letter goes, epoch ms (for "now", the time of the review). */
  sendAt: number;
  /** Public holidays of the customer's country that the send time passed over (next working morning). */
  skippedHolidays: PublicHoliday[];
  /** The letter reaches this customer on a holiday, their weekend or outside office hours (a warning, not a hold). */
  officeClosed: OfficeClosed | null;
  letter: RenderedLetter;
  /** Non-empty: held back, never queued. */
  problems: RecipientProblem[];
}

export interface ReviewSettings {
  template: LetterTemplate;
  profile: SenderProfile;
  extra: Record<string, unknown>;
  /** When each customer's letter goes, the public holidays passed over to get there, and whether their office is closed then. */
  sendAtFor: (customer: Customer) => SendTime;
  /** Suppressed (bounced, complained) addresses, lower case. */
  bounced: ReadonlySet<string>;
  recentDays: number;
  now: number;
}

export interface SendTime {
  at: number;
  skipped: PublicHoliday[];
  closed: OfficeClosed | null;
}

type Render = (arg: InvokeArg<'letters:render'>) => Promise<InvokeResult<'letters:render'>>;

/** The template itself does not compile: shown, and nothing can be queued. */
export class TemplateBrokenError extends Error {
  constructor(
    readonly language: string,
    readonly problems: TemplateProblem[],
  ) {
    super(`The ${language} variant has ${problems.length} problem(s)`);
  }
}

interface Pending {
  customer: Customer;
  contact: Contact | null;
  email: string | null;
  choice: VariantChoice;
  sendAt: number;
  skippedHolidays: PublicHoliday[];
  officeClosed: OfficeClosed | null;
  data: LetterData;
}

/**
 * Writes every recipient's letter and checks it. Main renders (Handlebars compiles to code,
 * which the page's CSP forbids), one variant at a time in chunks of MAX_RENDER_BATCH; `onProgress`
 * hears how many are done. `isCancelled` stops between chunks when the salesperson changes course.
 */
export async function prepareReview(
  customers: readonly Customer[],
  settings: ReviewSettings,
  render: Render,
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean = () => false,
): Promise<ReviewItem[] | null> {
  const { template, profile, extra } = settings;
  const groups = new Map<string, Pending[]>();
  for (const customer of customers) {
    const choice = pickVariant(template, customer.language);
    const primary = primaryContact(customer);
    const contact = primary?.contact ?? customer.contacts[0] ?? null;
    const { at: sendAt, skipped: skippedHolidays, closed: officeClosed } = settings.sendAtFor(customer);
    const data = buildLetterData({ customer, contact, profile, extra, sendAt, language: choice.language });
    const pending: Pending = { customer, contact, email: primary?.email ?? null, choice, sendAt, skippedHolidays, officeClosed, data };
    const group = groups.get(choice.language);
    if (group) group.push(pending);
    else groups.set(choice.language, [pending]);
  }

  const letters = new Map<Pending, RenderedLetter>();
  let done = 0;
  onProgress(0, customers.length);
  for (const [language, group] of groups) {
    for (let start = 0; start < group.length; start += MAX_RENDER_BATCH) {
      if (isCancelled()) return null;
      const chunk = group.slice(start, start + MAX_RENDER_BATCH);
      const first = chunk[0];
      if (!first) continue;
      const answer = await render({ variant: first.choice.variant, items: chunk.map((p) => p.data) });
      if (answer.problems.length > 0) throw new TemplateBrokenError(language, answer.problems);
      chunk.forEach((p, i) => {
        const letter = answer.letters[i];
        if (letter) letters.set(p, letter);
      });
      done += chunk.length;
      onProgress(done, customers.length);
    }
  }

  const items: ReviewItem[] = [];
  for (const group of groups.values()) {
    for (const p of group) {
      const letter = letters.get(p) ?? { subject: '', html: '', text: '', missing: [] };
      const problems = checkRecipient({
        customer: p.customer,
        contact: p.contact,
        letter,
        kind: template.kind,
        bounced: settings.bounced,
        recentDays: settings.recentDays,
        now: settings.now,
      });
      items.push({ customer: p.customer, contact: p.contact, email: p.email, choice: p.choice, sendAt: p.sendAt, skippedHolidays: p.skippedHolidays, officeClosed: p.officeClosed, letter, problems });
    }
  }
  // Back in the order the recipients were listed in, not grouped by language.
  const order = new Map(customers.map((c, i) => [c.id, i]));
  return items.sort((a, b) => (order.get(a.customer.id) ?? 0) - (order.get(b.customer.id) ?? 0));
}

/** A batch takes the template suggested for most of its recipients. */
export function suggestedForBatch(
  templates: readonly LetterTemplate[],
  customers: readonly Customer[],
  suggest: (templates: LetterTemplate[], customer: Customer) => LetterTemplate[],
): string | null {
  const votes = new Map<string, number>();
  for (const customer of customers) {
    const best = suggest([...templates], customer)[0];
    if (best) votes.set(best.id, (votes.get(best.id) ?? 0) + 1);
  }
  let winner: string | null = null;
  let most = 0;
  for (const [id, count] of votes) {
    if (count > most) [winner, most] = [id, count];
  }
  return winner;
}
