import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../../../i18n/displayNames';

/** One problem found in the form, at a draft path such as "contacts.0.emails.1". */
export interface FieldIssue {
  field: string;
  code: string;
  params?: Record<string, unknown>;
  message: string;
}

/** Issues for a field and, when `withItems`, for its list items ("emails" and "emails.1"). */
export function issuesAt(issues: readonly FieldIssue[], path: string, withItems = false): FieldIssue[] {
  const isItem = (field: string) => withItems && field.startsWith(`${path}.`) && /^\d+$/.test(field.slice(path.length + 1));
  return issues.filter((i) => i.field === path || isItem(i.field));
}

/**
 * The translated text of an issue; the validator's English message is the fallback. A country
 * code in the params ("not a valid phone number for BR") becomes the country's name.
 */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation(['customerPage', 'validation']);
  const names = useDisplayNames();
  return (issue) => {
    const params: Record<string, unknown> = { ...issue.params };
    if (typeof params.country === 'string' && /^[A-Z]{2}$/.test(params.country)) params.country = names.country(params.country);
    return t(`validation:${issue.code}`, { ...params, defaultValue: issue.message });
  };
}

/**
 * The `error` prop of an input: undefined when the field is fine (so Mantine draws no red border),
 * else its error lines. For list fields (`isList`), errors on single entries
 * ("contacts.0.emails.1") show under the list's input too; their message names the value.
 */
export function fieldError(issues: readonly FieldIssue[], path: string, isList = false): ReactNode {
  const found = issuesAt(issues, path, isList);
  if (found.length === 0) return undefined;
  return <FieldErrorLines issues={found} />;
}

/** Each error line has data-testid="field-error-<path>" for the e2e test. */
function FieldErrorLines({ issues }: { issues: FieldIssue[] }) {
  const text = useIssueText();
  return issues.map((issue, n) => (
    <span
      key={`${issue.field}-${issue.code}-${n}`}
      data-testid={`field-error-${issue.field}`}
      style={{ display: 'block', overflowWrap: 'anywhere' }}
    >
      {text(issue)}
    </span>
  ));
}
