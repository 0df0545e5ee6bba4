import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';

export type TimingMode = 'now' | 'at' | 'nextMorning';

interface Props {
  mode: TimingMode;
  onMode(mode: TimingMode): void;
  /** The chosen date and time, epoch ms, in the salesperson's own zone; null until picked. */
  at: number | null;
  onAt(at: number | null): void;
  atError: string | null;
}

/** Send now, at a date and time (the salesperson's zone), or 09:30 on each customer's next working day. */
export function TimingPicker({ mode, onMode, at, onAt, atError }: Props) {
  const { t, i18n } = useTranslation('compose');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    // Shrinks beside the send buttons: the date field wraps under the choices rather than push them off screen.
    <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
      <Group gap="sm" wrap="wrap" align="flex-start">
        <Text size="sm" fw={500} mt={6} style={{ whiteSpace: 'nowrap' }}>
          {t('timing.label')}
        </Text>
        <SegmentedControl
          size="sm"
          value={mode}
          onChange={(v) => onMode(v as TimingMode)}
          data={[
            { value: 'now', label: t('timing.now') },
            { value: 'at', label: t('timing.at') },
            { value: 'nextMorning', label: t('timing.nextMorning') },
          ]}
          data-testid="compose-timing"
        />
        {mode === 'at' && (
          <DatesProvider settings={{ locale: i18n.language === 'zh-CN' ? 'zh-cn' : 'en' }}>
            <DateTimePicker
              size="sm"
              w={220}
              aria-label={t('timing.atLabel')}
              placeholder={t('timing.atLabel')}
              description={t('timing.atHint', { zone })}
              valueFormat="YYYY-MM-DD HH:mm"
              minDate={new Date()}
              defaultTimeValue="09:30"
              value={at === null ? null : new Date(at)}
              onChange={(v) => onAt(v ? dayjs(v).valueOf() : null)}
              error={atError}
              data-testid="compose-timing-at"
            />
          </DatesProvider>
        )}
      </Group>
      {mode === 'nextMorning' && (
        <Text size="xs" c="dimmed">
          {t('timing.nextMorningHint')}
        </Text>
      )}
    </Stack>
  );
}
