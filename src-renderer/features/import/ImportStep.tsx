import { Alert, Button, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';

export type ImportRun =
  | { status: 'running'; done: number; total: number }
  | { status: 'failed'; message: string }
  | { status: 'done'; added: number; merged: number; leftOut: number };

interface ImportStepProps {
  run: ImportRun;
  onRetry(): void;
  onBack(): void;
  onAnother(): void;
}

/** Step 4: writing to the book, all or nothing, then what happened. */
export function ImportStep({ run, onRetry, onBack, onAnother }: ImportStepProps) {
  const { t, i18n } = useTranslation('import');
  const n = new Intl.NumberFormat(i18n.language);

  if (run.status === 'running') {
    const percent = run.total ? Math.round((100 * run.done) / run.total) : 0;
    return (
      <Stack gap="sm" py="lg" aria-live="polite">
        <Text fw={500}>{t('run.writing', { done: n.format(run.done), total: n.format(run.total) })}</Text>
        <Progress value={percent} size="lg" striped animated data-testid="import-progress" aria-label={t('run.progressLabel')} />
        <Text size="sm" c="dimmed">
          {t('run.allOrNothing')}
        </Text>
      </Stack>
    );
  }

  if (run.status === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('run.failedTitle')} data-testid="import-failed">
        <Text size="sm">{run.message}</Text>
        <Text size="sm" mt={4}>
          {t('run.nothingWritten')}
        </Text>
        <Group mt="sm" gap="xs">
          <Button size="xs" onClick={onRetry} data-testid="import-retry">
            {t('common:actions.retry')}
          </Button>
          <Button size="xs" variant="default" onClick={onBack}>
            {t('run.backToReview')}
          </Button>
        </Group>
      </Alert>
    );
  }

  return (
    <Stack align="center" gap="sm" py="xl" data-testid="import-summary">
      <ThemeIcon size={56} radius="xl" color="teal">
        <IconCheck size={30} />
      </ThemeIcon>
      <Title order={3}>{t('run.doneTitle')}</Title>
      <Text data-testid="import-summary-text" ta="center">
        {t('run.doneSummary', { added: n.format(run.added), merged: n.format(run.merged), leftOut: n.format(run.leftOut) })}
      </Text>
      <Group gap="xs" mt="sm">
        <Button onClick={() => navigate('/customers')} data-testid="import-done">
          {t('run.openList')}
        </Button>
        <Button variant="default" onClick={onAnother} data-testid="import-another">
          {t('run.another')}
        </Button>
      </Group>
    </Stack>
  );
}
