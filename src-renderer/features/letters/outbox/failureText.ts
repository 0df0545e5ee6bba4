import type { TFunction } from 'i18next';
import type { MailFailure } from '../../../../src-shared/mail/types';

/** Why a letter did not go, in the salesperson's words, with the server's own words as detail. */
export function failureText(failure: MailFailure, t: TFunction): { summary: string; detail: string | null } {
  const summary = failure.badAddress
    ? t('outbox:failure.badAddress', { address: failure.badAddress })
    : t(`outbox:failure.${failure.kind}`);
  const message = failure.message.trim();
  const code = failure.responseCode === undefined ? '' : String(failure.responseCode);
  // The server's reply usually starts with its code already ("550 5.1.1 …").
  const words = code && !message.startsWith(code) ? `${code} ${message}`.trim() : message;
  // The server's words, or (for the .eml folder) the system's.
  const key = failure.kind === 'folder' ? 'outbox:failure.detailSystem' : 'outbox:failure.detail';
  return { summary, detail: words ? t(key, { detail: words }) : null };
}
