import { ActionIcon, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import {
  IconFileImport,
  IconFileInvoice,
  IconGitMerge,
  IconInbox,
  IconMail,
  IconNote,
  IconPhoneCall,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../src-shared/customer/customer';
import { absoluteTime, relativeTime } from './timeFormat';

const KIND_ICON: Record<Interaction['kind'], Icon> = {
  note: IconNote,
  call: IconPhoneCall,
  merge: IconGitMerge,
  import: IconFileImport,
  letter: IconMail,
  quote: IconFileInvoice,
  inquiry: IconInbox,
};

const KIND_COLOR: Record<Interaction['kind'], string> = {
  note: 'yellow',
  call: 'teal',
  merge: 'grape',
  import: 'gray',
  letter: 'blue',
  quote: 'indigo',
  inquiry: 'orange',
};

/** Only what the salesperson typed here can be taken back; the record of merges and letters stays. */
const DELETABLE: ReadonlySet<Interaction['kind']> = new Set(['note', 'call']);

/** Entries the app writes itself carry only a name in `text`; the sentence comes from i18n. */
function useEntryText(): (entry: Interaction) => string {
  const { t } = useTranslation('customerPage');
  return (entry) => {
    if (entry.kind === 'merge') return t('timeline.text.merge', { company: entry.text });
    if (entry.kind === 'import') return entry.text ? t('timeline.text.importFrom', { label: entry.text }) : t('timeline.text.import');
    return entry.text;
  };
}

export function TimelineEntry({
  entry,
  now,
  onDelete,
}: {
  entry: Interaction;
  now: number;
  onDelete: (entry: Interaction) => void;
}) {
  const { t, i18n } = useTranslation('customerPage');
  const KindIcon = KIND_ICON[entry.kind] ?? IconNote;
  const absolute = absoluteTime(entry.at, i18n.language);
  const text = useEntryText();
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" data-testid="timeline-entry" data-kind={entry.kind}>
      <ThemeIcon variant="light" color={KIND_COLOR[entry.kind] ?? 'gray'} radius="xl" size="md" style={{ flexShrink: 0 }}>
        <KindIcon size={16} aria-hidden />
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate="end">
            {t(`timeline.kind.${entry.kind}`, { defaultValue: entry.kind })} ·{' '}
            <time dateTime={new Date(entry.at).toISOString()}>{relativeTime(entry.at, now, i18n.language)}</time>
          </Text>
          {DELETABLE.has(entry.kind) && (
            <Tooltip label={t('timeline.delete')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={t('timeline.delete')}
                onClick={() => onDelete(entry)}
                data-testid="timeline-delete"
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {absolute}
        </Text>
        {/* pre-wrap keeps the salesperson's line breaks; anywhere breaks pasted URLs. */}
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text(entry)}
        </Text>
      </div>
    </Group>
  );
}
