import type { MailFailure } from '../../src-shared/mail/types';

/** What a mailer throws when a message could not be sent (or verified); `failure` says why. */
export class MailError extends Error {
  constructor(readonly failure: MailFailure) {
    super(failure.message);
    this.name = 'MailError';
  }
}

/** A message the mailer refuses to build (e.g. an address that is not one plain address). */
export function invalidMessage(message: string): MailError {
  return new MailError({ kind: 'invalid', message });
}
