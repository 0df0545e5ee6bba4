import type { TFunction } from 'i18next';
import type { RecipientProblem, TemplateProblem } from '../../../../src-shared/letters/types';

/** One held-back reason in the salesperson's language ("Missing field: contact.name"). */
export function problemText(problem: RecipientProblem, t: TFunction, now: number = Date.now()): string {
  switch (problem.code) {
    case 'missingField':
      return t('compose:problems.missingField', { field: problem.field });
    case 'noEmail':
      return t('compose:problems.noEmail');
    case 'invalidEmail':
      return t('compose:problems.invalidEmail', { address: problem.address });
    case 'bouncedAddress':
      return t('compose:problems.bouncedAddress', { address: problem.address });
    case 'unsubscribed':
      return t('compose:problems.unsubscribed');
    case 'recentlyContacted': {
      // `days` is the window that held it back; `at` says when the last contact was.
      const ago = Math.floor((now - problem.at) / 86_400_000);
      return ago <= 0 ? t('compose:problems.recentlyContactedToday') : t('compose:problems.recentlyContacted', { count: ago });
    }
    case 'renderFailed':
      return t('compose:problems.renderFailed', { message: problem.message });
  }
}

/** A template problem with its place: "Body, line 3, column 7: …". */
export function templateProblemText(problem: TemplateProblem, t: TFunction): string {
  return t('compose:review.templateProblem', {
    part: t(`compose:review.part.${problem.part}`),
    line: problem.line,
    column: problem.column,
    message: problem.message,
  });
}
