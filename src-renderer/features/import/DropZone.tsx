import { Button, FileButton, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import type { ComponentProps, DragEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const ACCEPTED_EXTENSIONS = '.csv,.tsv,.txt,.vcf,.xlsx';

interface DropZoneProps {
  maxMb: number;
  disabled: boolean;
  onFile(file: File): void;
}

/**
 * A large target for a dragged file, plus a button for people who prefer a dialog (and for the
 * keyboard). Native drag and drop: no dependency for one event.
 */
export function DropZone({ maxMb, disabled, onFile }: DropZoneProps) {
  const { t } = useTranslation('import');
  const [over, setOver] = useState(false);
  // Cleared after each pick, so picking the same file again (after fixing it in Excel) reads it again.
  const resetRef = useRef<() => void>(null);

  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <Paper
      withBorder
      radius="lg"
      p="xl"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-dropzone"
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
        transition: 'background 120ms, border-color 120ms',
      }}
    >
      <Stack align="center" gap="sm" py="lg">
        <ThemeIcon size={64} radius="xl" variant="light">
          {over ? <IconUpload size={34} /> : <IconFileSpreadsheet size={34} />}
        </ThemeIcon>
        <Text fw={600} size="lg" ta="center">
          {over ? t('file.dropNow') : t('file.dropHere')}
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={520}>
          {t('file.formats', { maxMb })}
        </Text>
        <FileButton
          accept={ACCEPTED_EXTENSIONS}
          disabled={disabled}
          resetRef={resetRef}
          onChange={(file) => {
            if (file) onFile(file);
            resetRef.current?.();
          }}
          inputProps={{ 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
        >
          {(props) => (
            <Button {...props} disabled={disabled} leftSection={<IconUpload size={16} />} data-testid="import-choose-file">
              {t('file.choose')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
