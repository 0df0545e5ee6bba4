import { Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addInteraction } from '../../../data';
import { modKeyLabel } from '../../../app/shortcuts';
import { describeError } from '../../../app/describeError';

type Kind = 'note' | 'call';

/** Add a note or log a call; Ctrl/Cmd+Enter adds without reaching for the mouse. */
export function TimelineComposer({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['customerPage', 'common']);
  const [kind, setKind] = useState<Kind>('note');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const canAdd = text.trim().length > 0 && !busy;

  const add = async () => {
    if (!canAdd) return;
    setBusy(true);
    try {
      await addInteraction({ customerId, kind, text: text.trim() });
      setText('');
    } catch (err) {
      // The typed text stays in the box, so nothing is lost.
      notifications.show({
        color: 'red',
        title: t('timeline.addFailed'),
        message: describeError(err, t),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'note', label: t('timeline.kind.note') },
          { value: 'call', label: t('timeline.kind.call') },
        ]}
        data-testid="timeline-kind"
      />
      <Textarea
        aria-label={kind === 'note' ? t('timeline.notePlaceholder') : t('timeline.callPlaceholder')}
        placeholder={kind === 'note' ? t('timeline.notePlaceholder') : t('timeline.callPlaceholder')}
        autosize
        minRows={2}
        maxRows={8}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void add()]])}
        data-testid="timeline-input"
      />
      <Group justify="space-between">
        <span style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>
          {t('timeline.addHint', { key: modKeyLabel() })}
        </span>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => void add()}
          disabled={!canAdd}
          loading={busy}
          data-testid="timeline-add"
        >
          {kind === 'note' ? t('timeline.addNote') : t('timeline.logCall')}
        </Button>
      </Group>
    </Stack>
  );
}
