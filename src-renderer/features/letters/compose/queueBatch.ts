import { UNSUBSCRIBABLE_KINDS } from '../../../../src-shared/letters/types';
import type { LetterTemplate, SenderProfile } from '../../../../src-shared/letters/types';
import type { MailAddress } from '../../../../src-shared/mail/types';
import { queueLetters } from '../../../data';
import type { ReviewItem } from './reviewModel';

/** What the composer hands the outbox: one message per ready recipient, never a list. */
export function queueItems(items: readonly ReviewItem[], template: LetterTemplate, profile: SenderProfile) {
  const from: MailAddress = { name: profile.salesperson.name, address: profile.salesperson.email };
  const listUnsubscribe = UNSUBSCRIBABLE_KINDS.has(template.kind)
    ? `mailto:${profile.salesperson.email}?subject=unsubscribe`
    : undefined;
  return items.flatMap((item) => {
    // Held back means it never goes; the review shows why.
    if (item.problems.length > 0 || !item.email || !item.contact) return [];
    return [
      {
        customerId: item.customer.id,
        contactId: item.contact.id,
        templateId: template.id,
        templateKind: template.kind,
        message: {
          from,
          to: { name: item.contact.name, address: item.email },
          replyTo: from,
          subject: item.letter.subject,
          html: item.letter.html,
          text: item.letter.text,
          language: item.choice.language,
          ...(listUnsubscribe ? { listUnsubscribe } : {}),
        },
      },
    ];
  });
}

export type Timing = { mode: 'now' } | { mode: 'at'; at: number } | { mode: 'nextMorning' };

/** Queues the ready letters in one transaction; answers the batch the outbox follows. */
export async function queueBatch(items: readonly ReviewItem[], template: LetterTemplate, profile: SenderProfile, timing: Timing) {
  const ready = queueItems(items, template, profile);
  const sendAtById = new Map(items.map((item) => [item.customer.id, item.sendAt]));
  const sendAt =
    timing.mode === 'now' ? undefined : timing.mode === 'at' ? timing.at : (customerId: string) => sendAtById.get(customerId) ?? 0;
  return queueLetters(ready, sendAt === undefined ? {} : { sendAt });
}
