import type { TFunction } from 'i18next';
import type { MailFailure } from '../../../../src-shared/mail/types';

/**
 * A mail failure in the user's language: what happened and what to do (by kind), then the
 * server's own words as detail, since those are what a mail provider's help page quotes.
 */
export function describeMailFailure(failure: MailFailure, t: TFunction): { title: string; body: string; detail: string } {
  const code = failure.responseCode ? `${failure.responseCode} ` : '';
  return {
    title: t(`mailSettings:failure.${failure.kind}.title`),
    body: t(`mailSettings:failure.${failure.kind}.body`, { address: failure.badAddress ?? '' }),
    detail: `${code}${failure.message}`.trim(),
  };
}
