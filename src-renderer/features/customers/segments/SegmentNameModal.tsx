import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegments } from '../../../data';
import { describeError } from '../../../app/describeError';
import { MAX_SEGMENT_NAME, segmentNameProblem } from './segmentName';

interface Props {
  opened: boolean;
  title: string;
  description?: string;
  initialName: string;
  confirmLabel: string;
  /** The segment being renamed: its own name does not count as taken. */
  segmentId?: string;
  onClose(): void;
  /** Stores the name; a thrown error (a DataError) is shown under the field. */
  onSubmit(name: string): Promise<void>;
}

/** Asks for a segment name: for "Save segment" and for "Rename". */
export function SegmentNameModal(props: Props) {
  const { opened, title, onClose } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      {/* Mounted only while open, so each opening starts from the given name. */}
      {opened && <SegmentNameForm {...props} />}
    </Modal>
  );
}

function SegmentNameForm({ description, initialName, confirmLabel, segmentId, onClose, onSubmit }: Props) {
  const { t } = useTranslation(['list', 'common']);
  const segments = useSegments();
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const problem = segmentNameProblem(name, segments ?? [], segmentId);
  const problemText = problem ? t(`list:segments.errors.${problem}`, { max: MAX_SEGMENT_NAME }) : null;
  const error = serverError ?? (touched ? problemText : null);

  const submit = async () => {
    setTouched(true);
    if (problem) return;
    setBusy(true);
    try {
      await onSubmit(name.trim());
      onClose();
    } catch (err) {
      setServerError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        <TextInput
          data-autofocus
          label={t('list:segments.nameLabel')}
          placeholder={t('list:segments.namePlaceholder')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setServerError(null);
            setTouched(true);
          }}
          error={error}
          // Not `required`: the browser's own bubble would speak the system language, not ours.
          withAsterisk
          // A little over the limit, so the message explains instead of the input going quiet.
          maxLength={MAX_SEGMENT_NAME + 20}
          rightSection={
            <Text size="xs" c={name.trim().length > MAX_SEGMENT_NAME ? 'red' : 'dimmed'}>
              {MAX_SEGMENT_NAME - name.trim().length}
            </Text>
          }
          rightSectionWidth={40}
          data-testid="segment-name-input"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="segment-save-confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
