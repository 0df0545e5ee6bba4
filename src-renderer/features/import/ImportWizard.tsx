import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { FileStep } from './FileStep';
import { ImportStep } from './ImportStep';
import { MappingStep } from './MappingStep';
import { mappingProblems } from './mappingRules';
import { ReviewStep } from './ReviewStep';
import { MAX_IMPORT_MB, useImportWizard } from './useImportWizard';

/**
 * #/customers/import: file → columns → review → import. Nothing is written to the book before the
 * salesperson presses Import, and a failed import leaves the wizard as it was, ready to retry.
 */
export function ImportWizard() {
  const { t, i18n } = useTranslation(['import', 'common']);
  const w = useImportWizard();
  const n = new Intl.NumberFormat(i18n.language);
  const running = w.run?.status === 'running';
  const finished = w.run?.status === 'done';
  const table = w.file.status === 'read' ? w.file.table : null;
  const mappingBlocked = mappingProblems(w.mapping).length > 0;
  const toWrite = w.plan ? w.plan.rows.length + w.plan.merges.length : 0;

  return (
    <Stack maw={1100} gap="md" data-testid="import-wizard">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Button variant="subtle" onClick={() => navigate('/customers')} disabled={running} data-testid="import-cancel">
          {finished ? t('common:actions.close') : t('common:actions.cancel')}
        </Button>
      </Group>
      <Stepper
        active={w.step}
        // Only back: going forward always runs the checks again with what was chosen.
        onStepClick={(s) => !running && !finished && s < w.step && w.setStep(s)}
        allowNextStepsSelect={false}
        size="sm"
      >
        <Stepper.Step label={t('steps.file')} description={t('steps.fileHint')}>
          <FileStep file={w.file} source={w.source} maxMb={MAX_IMPORT_MB} onSource={w.changeSource} onFile={(f) => void w.chooseFile(f)} />
        </Stepper.Step>
        <Stepper.Step label={t('steps.columns')} description={t('steps.columnsHint')}>
          {table && <MappingStep table={table} mapping={w.mapping} onChange={w.changeMapping} />}
        </Stepper.Step>
        <Stepper.Step label={t('steps.review')} description={t('steps.reviewHint')}>
          {w.validating !== null || !w.review ? (
            <Group gap="sm" py="xl" justify="center" aria-live="polite">
              <Loader size="sm" />
              <Text>{w.validating || t('common:loading')}</Text>
            </Group>
          ) : (
            <ReviewStep
              review={w.review}
              mapping={w.mapping}
              skipErrors={w.skipErrors}
              onSkipErrors={w.setSkipErrors}
              checkingRows={w.checkingRows}
              onFix={(row, col, value) => void w.fix(row, col, value)}
              duplicateCheck={w.duplicateCheck}
              duplicates={w.duplicates}
              actions={w.actions}
              onActions={w.setActions}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.import')} description={t('steps.importHint')} loading={running}>
          {w.run && <ImportStep run={w.run} onRetry={() => void w.confirm()} onBack={() => w.setStep(2)} onAnother={w.startOver} />}
        </Stepper.Step>
      </Stepper>

      {w.step < 3 && (
        <Group justify="space-between" mt="sm">
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
            disabled={w.step === 0}
            onClick={() => w.setStep(w.step - 1)}
            data-testid="import-back"
          >
            {t('common:actions.back')}
          </Button>
          {w.step === 0 && (
            <Button rightSection={<IconArrowRight size={16} />} disabled={!table} onClick={() => w.setStep(1)} data-testid="import-next">
              {t('common:actions.next')}
            </Button>
          )}
          {w.step === 1 && (
            <Button rightSection={<IconArrowRight size={16} />} disabled={mappingBlocked} onClick={() => void w.validate()} data-testid="import-validate">
              {t('mapping.check')}
            </Button>
          )}
          {w.step === 2 && (
            <Group gap="sm" wrap="nowrap">
              {w.blockedBy && w.review && (
                <Text size="sm" c="dimmed" data-testid="import-blocked-reason">
                  {t(`review.blocked.${w.blockedBy}`)}
                </Text>
              )}
              <Button
                leftSection={<IconDatabaseImport size={16} />}
                disabled={w.blockedBy !== null}
                onClick={() => void w.confirm()}
                data-testid="import-confirm"
              >
                {toWrite > 0 ? t('review.confirm', { count: toWrite, n: n.format(toWrite) }) : t('review.confirmPlain')}
              </Button>
            </Group>
          )}
        </Group>
      )}
    </Stack>
  );
}
