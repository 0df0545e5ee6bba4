import { Autocomplete, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src-shared/customer/customer';
import { useFormatters } from '../list/useFormatters';

/** The longest tag the customer schema accepts. */
const MAX_TAG_LENGTH = 60;

interface Props {
  mode: 'add' | 'remove' | null;
  count: number;
  /** Tags already in use: suggestions when adding, the choice when removing. */
  knownTags: readonly string[];
  onClose(): void;
  onSubmit(mode: 'add' | 'remove', tag: string): Promise<void>;
}

/** Asks for the one tag to add to, or remove from, every selected customer. */
export function TagModal({ mode, count, knownTags, onClose, onSubmit }: Props) {
  const { t } = useTranslation(['list', 'common']);
  const fmt = useFormatters();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setTag('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!mode) return;
    const value = tag.trim();
    if (!value) return setError(t('list:bulk.tag.required'));
    if (value.length > MAX_TAG_LENGTH) return setError(t('list:bulk.tag.tooLong', { max: MAX_TAG_LENGTH }));
    setBusy(true);
    await onSubmit(mode, value);
    setBusy(false);
    close();
  };

  const formatted = fmt.number(count);
  const data = [...knownTags];
  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      title={mode === 'remove' ? t('list:bulk.tag.removeTitle', { count, formatted }) : t('list:bulk.tag.addTitle', { count, formatted })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {mode === 'remove' ? (
            <Select
              data-autofocus
              label={t('list:bulk.tag.label')}
              placeholder={t('list:bulk.tag.choose')}
              data={data}
              value={tag || null}
              onChange={(v) => {
                setTag(v ?? '');
                setError(null);
              }}
              searchable
              nothingFoundMessage={t('list:bulk.tag.noneFound')}
              error={error}
              comboboxProps={{ withinPortal: true }}
              data-testid="bulk-tag-input"
            />
          ) : (
            <Autocomplete
              data-autofocus
              label={t('list:bulk.tag.label')}
              description={t('list:bulk.tag.addHint', { max: LIMITS.tags })}
              placeholder={t('list:bulk.tag.placeholder')}
              data={data}
              limit={20}
              // Suggestions appear once typing starts; open on focus they would hide the buttons.
              openOnFocus={false}
              value={tag}
              onChange={(v) => {
                setTag(v);
                setError(null);
              }}
              error={error}
              maxLength={MAX_TAG_LENGTH + 20}
              comboboxProps={{ withinPortal: true }}
              data-testid="bulk-tag-input"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={mode === 'remove' ? 'red' : undefined} data-testid="bulk-tag-confirm">
              {mode === 'remove' ? t('list:bulk.removeTag') : t('list:bulk.addTag')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
