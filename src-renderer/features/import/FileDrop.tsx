import { Button, FileButton, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import type { ComponentProps, DragEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';

interface FileDropProps {
  accept: string;
  multiple: boolean;
  disabled: boolean;
  icon: ReactNode;
  title: string;
  hint: string;
  button: string;
  onFiles(files: File[]): void;
  testId: string;
}

/** A target for dragged files, and a button for the dialog and the keyboard (as the customer import's). */
export function FileDrop({ accept, multiple, disabled, icon, title, hint, button, onFiles, testId }: FileDropProps) {
  const [over, setOver] = useState(false);
  // Cleared after each pick, so the same file can be picked again.
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
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <Paper
      withBorder
      radius="lg"
      p="lg"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack align="center" gap="xs" py="sm">
        <ThemeIcon size={52} radius="xl" variant="light">
          {over ? <IconUpload size={28} /> : icon}
        </ThemeIcon>
        <Text fw={600} ta="center">
          {title}
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={520}>
          {hint}
        </Text>
        <FileButton
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          resetRef={resetRef}
          onChange={(picked: File | File[] | null) => {
            const files = picked === null ? [] : Array.isArray(picked) ? picked : [picked];
            if (files.length > 0) onFiles(files);
            resetRef.current?.();
          }}
          inputProps={{ 'data-testid': `${testId}-input` } as ComponentProps<'input'>}
        >
          {(props) => (
            <Button {...props} disabled={disabled} leftSection={<IconUpload size={16} />}>
              {button}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
