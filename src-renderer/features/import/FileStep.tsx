import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../src-shared/customer/vocabulary';
import { SOURCES } from '../../../src-shared/customer/vocabulary';
import { DropZone } from './DropZone';
import type { TableSummary } from './importProtocol';

export type FileState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string; message: string }
  | { status: 'read'; name: string; size: number; table: TableSummary };

interface FileStepProps {
  file: FileState;
  source: Source;
  maxMb: number;
  onSource(source: Source): void;
  onFile(file: File): void;
}

/** Step 1: pick or drop the file, and say where these customers came from. */
export function FileStep({ file, source, maxMb, onSource, onFile }: FileStepProps) {
  const { t, i18n } = useTranslation(['import', 'customer']);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack gap="md">
      <DropZone maxMb={maxMb} disabled={file.status === 'reading'} onFile={onFile} />
      <Select
        label={t('file.sourceLabel')}
        description={t('file.sourceHint')}
        data={SOURCES.map((s) => ({ value: s, label: t(`customer:source.${s}`) }))}
        value={source}
        allowDeselect={false}
        onChange={(v) => v && onSource(v as Source)}
        maw={360}
        data-testid="import-source"
      />
      {file.status === 'reading' && (
        <Group gap="sm" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm">{t('file.reading', { name: file.name })}</Text>
        </Group>
      )}
      {file.status === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('file.failedTitle', { name: file.name })} data-testid="import-file-error">
          <Text size="sm">{file.message}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('file.nothingStored')}
          </Text>
        </Alert>
      )}
      {file.status === 'read' && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title={file.name} data-testid="import-file-summary" styles={{ title: { wordBreak: 'break-all' } }}>
          <Text size="sm">
            {t('file.readSummary', {
              rows: number.format(file.table.rowCount),
              count: file.table.rowCount,
              columns: file.table.headers.length,
              encoding: t(`encoding.${file.table.encoding}`, { defaultValue: file.table.encoding }),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
