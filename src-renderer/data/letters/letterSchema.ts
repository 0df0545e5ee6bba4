import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from '../../../src-shared/ipc/contract';
import { TEMPLATE_KINDS } from '../../../src-shared/letters/types';

/**
 * What queueLetters accepts: the same limits main's `mail:send` schema applies (src-shared/ipc/contract),
 * checked at queueing so a letter that main would refuse never enters the outbox.
 */
const mailAddress = z.object({
  name: z.string().max(200),
  // One plain address: no display name, no list, no angle brackets (display-name injection).
  address: z.email().max(254),
});

export const queuedLetterSchema = z.object({
  customerId: z.string().min(1),
  contactId: z.string(),
  templateId: z.string(),
  templateKind: z.enum(TEMPLATE_KINDS),
  message: z.object({
    from: mailAddress,
    to: mailAddress,
    replyTo: mailAddress.optional(),
    subject: z.string().max(998),
    html: z.string().max(MAX_MESSAGE_CHARS),
    text: z.string().max(MAX_MESSAGE_CHARS),
    language: z.string().min(2).max(35),
    listUnsubscribe: z.string().startsWith('mailto:').max(500).optional(),
  }),
});
