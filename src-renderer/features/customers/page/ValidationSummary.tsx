import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from './FieldErrors';
import { useIssueText } from './FieldErrors';

/** "Contact 2 · Emails" for "contacts.1.emails.0": where to look, in the salesperson's words. */
function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation(['customerPage', 'customer']);
  return (field) => {
    const parts = field.split('.');
    if (parts[0] === 'contacts' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
      const contact = t('contacts.numbered', { n: Number(parts[1]) + 1 });
      return parts[2] ? `${contact} · ${t(`customer:field.${parts[2]}`, { defaultValue: parts[2] })}` : contact;
    }
    const head = parts[0] ?? field;
    return head ? t(`customer:field.${head}`, { defaultValue: head }) : '';
  };
}

/**
 * Listed above the form after a failed save: nothing was stored, and here is every reason, so a
 * problem in a collapsed or scrolled-away contact card is not missed.
 */
export function ValidationSummary({ issues, storeError }: { issues: readonly FieldIssue[]; storeError: string | null }) {
  const { t } = useTranslation('customerPage');
  const text = useIssueText();
  const label = useFieldLabel();
  if (issues.length === 0 && !storeError) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={storeError ? t('summary.storeFailed') : t('summary.title', { count: issues.length })}
      data-testid="validation-summary"
      role="alert"
    >
      {storeError && (
        <Text size="sm" data-testid="store-error" style={{ overflowWrap: 'anywhere' }}>
          {storeError}
        </Text>
      )}
      {issues.length > 0 && (
        <List size="sm" spacing={2} mt={storeError ? 'xs' : 0}>
          {issues.map((issue, n) => (
            <List.Item key={`${issue.field}-${issue.code}-${n}`} style={{ overflowWrap: 'anywhere' }}>
              {issue.field ? t('customerPage:fieldMessage', { field: label(issue.field), message: text(issue) }) : text(issue)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
