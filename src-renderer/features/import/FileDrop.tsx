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
  /** The title while files are dragged over it; default: the title. */
  overTitle?: string;
  hint: string;
  button: string;
  onFiles(files: File[]): void;
  testId: string;
  /** Default `${testId}-input`. */
  inputTestId?: string;
  buttonTestId?: string;
  /** 'lg' for a screen whose main job is the file (the customer import). */
  size?: 'md' | 'lg';
}

/**
 * A large target for dragged files, plus a button for people who prefer a dialog (and for the
 * keyboard). Native drag and drop: no dependency for one event. Used by the customer import and
 * the inquiry imports.
 */
export function FileDrop(props: FileDropProps) {
  const { accept, multiple, disabled, icon, title, hint, button, onFiles, testId } = props;
  const large = props.size === 'lg';
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
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <Paper
      withBorder
      radius="lg"
      p={large ? 'xl' : 'lg'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
        transition: 'background 120ms, border-color 120ms',
      }}
    >
      <Stack align="center" gap={large ? 'sm' : 'xs'} py={large ? 'lg' : 'sm'}>
        <ThemeIcon size={large ? 64 : 52} radius="xl" variant="light">
          {over ? <IconUpload size={large ? 34 : 28} /> : icon}
        </ThemeIcon>
        <Text fw={600} size={large ? 'lg' : undefined} ta="center">
          {over ? (props.overTitle ?? title) : title}
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
          inputProps={{ 'data-testid': props.inputTestId ?? `${testId}-input` } as ComponentProps<'input'>}
        >
          {(buttonProps) => (
            <Button {...buttonProps} disabled={disabled} leftSection={<IconUpload size={16} />} data-testid={props.buttonTestId}>
              {button}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
