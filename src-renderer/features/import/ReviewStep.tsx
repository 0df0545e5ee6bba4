import { Alert, Checkbox, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateList } from './DuplicateList';
import { ErrorList } from './ErrorList';
import type { ColumnMapping, DuplicateMatch } from './importProtocol';
import { ReviewCounts } from './ReviewCounts';
import type { DuplicateAction, ReviewData } from './reviewModel';
import { defaultDuplicateAction } from './reviewModel';

export type DuplicateCheck =
  | { status: 'checking'; done: number; total: number }
  | { status: 'done' }
  | { status: 'failed'; message: string };

interface ReviewStepProps {
  review: ReviewData;
  mapping: ColumnMapping;
  skipErrors: boolean;
  onSkipErrors(skip: boolean): void;
  checkingRows: ReadonlySet<number>;
  onFix(row: number, column: number, value: string): void;
  duplicateCheck: DuplicateCheck;
  duplicates: ReadonlyMap<number, DuplicateMatch[]>;
  actions: ReadonlyMap<number, DuplicateAction>;
  onActions(actions: Map<number, DuplicateAction>): void;
}

/** Step 3: what will be imported, the rows to fix or leave out, and the customers already in the book. */
export function ReviewStep(props: ReviewStepProps) {
  const { review, duplicates, actions, duplicateCheck } = props;
  const { t } = useTranslation('import');
  const errorRows = useMemo(() => [...review.errors.keys()].sort((a, b) => a - b), [review]);
  const duplicateRows = useMemo(
    () => [...duplicates.keys()].filter((row) => review.valid.has(row)).sort((a, b) => a - b),
    [duplicates, review],
  );

  const setAll = (choice: string | null) => {
    if (!choice) return;
    const next = new Map<number, DuplicateAction>();
    for (const row of duplicateRows) {
      next.set(row, choice === 'merge' ? defaultDuplicateAction(duplicates.get(row) ?? []) : (choice as DuplicateAction));
    }
    props.onActions(next);
  };

  return (
    <Stack gap="lg">
      <ReviewCounts
        valid={review.valid.size}
        withErrors={review.errors.size}
        duplicates={duplicateCheck.status === 'checking' ? null : duplicateRows.length}
      />

      {errorRows.length === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="import-no-errors">
          {t('review.noErrors')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Title order={5}>{t('review.errorsTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('review.errorsHint')}
          </Text>
          <Checkbox
            checked={props.skipErrors}
            onChange={(e) => props.onSkipErrors(e.currentTarget.checked)}
            label={t('review.skipErrors', { count: errorRows.length })}
            data-testid="skip-error-rows"
          />
          <ErrorList review={review} rows={errorRows} mapping={props.mapping} checkingRows={props.checkingRows} onFix={props.onFix} />
        </Stack>
      )}

      {duplicateCheck.status === 'checking' && (
        <Stack gap={4} aria-live="polite">
          <Text size="sm">{t('review.checkingDuplicates')}</Text>
          <Progress value={duplicateCheck.total ? (100 * duplicateCheck.done) / duplicateCheck.total : 0} animated />
        </Stack>
      )}
      {duplicateCheck.status === 'failed' && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('review.duplicatesFailedTitle')}>
          {duplicateCheck.message}
        </Alert>
      )}
      {duplicateRows.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={5}>{t('duplicates.title')}</Title>
              <Text size="sm" c="dimmed">
                {t('duplicates.hint')}
              </Text>
            </div>
            <Select
              w={240}
              size="sm"
              label={t('duplicates.setAll')}
              placeholder={t('duplicates.setAllPlaceholder')}
              data={[
                { value: 'merge', label: t('duplicates.allMerge') },
                { value: 'new', label: t('duplicates.addNew') },
                { value: 'skip', label: t('duplicates.leaveOut') },
              ]}
              value={null}
              onChange={setAll}
              data-testid="dup-action-all"
            />
          </Group>
          <DuplicateList review={review} rows={duplicateRows} duplicates={duplicates} actions={actions} onAction={(row, a) => props.onActions(new Map(actions).set(row, a))} />
        </Stack>
      )}
    </Stack>
  );
}
