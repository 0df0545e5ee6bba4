import { Alert, Badge, Divider, Group, List, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PublicHoliday } from '../../../../src-shared/calendar/publicHolidays';
import { problemText } from './problemText';
import type { ReviewItem } from './reviewModel';
import { SafeHtml } from './SafeHtml';

function formatIn(at: number, lang: string, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  }
}

/** "Thanksgiving Day (Thu, 26 Nov)": the holidays a send time passed over, in the UI language. */
function holidayList(holidays: readonly PublicHoliday[], lang: string): string {
  const day = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const names = holidays.map((h) => `${h.name} (${day.format(Date.parse(`${h.date}T00:00:00Z`))})`);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

/** One recipient's letter as it will go: who, when, why held back, the HTML and the plain text. */
export function LetterPreview({ item, scheduled }: { item: ReviewItem | undefined; scheduled: boolean }) {
  const { t, i18n } = useTranslation('compose');
  if (!item) {
    return (
      <Paper withBorder p="md" style={{ flex: 2, minWidth: 0 }}>
        <Text size="sm" c="dimmed">
          {t('review.selectOne')}
        </Text>
      </Paper>
    );
  }
  const lang = i18n.language;
  const { letter } = item;
  return (
    <Paper withBorder p="sm" style={{ flex: 2, minWidth: 0, display: 'flex', flexDirection: 'column' }} data-testid="review-preview">
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" w={64} style={{ flex: 'none' }}>
            {t('review.to')}
          </Text>
          <Text size="sm" truncate="end">
            {item.contact?.name ? `${item.contact.name} <${item.email ?? t('review.noAddress')}>` : (item.email ?? t('review.noAddress'))}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" w={64} style={{ flex: 'none' }}>
            {t('review.subject')}
          </Text>
          <Text size="sm" fw={600} data-testid="review-preview-subject" lang={item.choice.language}>
            {letter.subject}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" w={64} style={{ flex: 'none' }}>
            {t('review.sendAt')}
          </Text>
          <Text size="xs" data-testid="review-preview-when">
            {scheduled
              ? t('review.sendAtBoth', { customer: formatIn(item.sendAt, lang, item.customer.timeZone), mine: formatIn(item.sendAt, lang) })
              : t('review.sendAtNow')}
          </Text>
          <Badge variant="default" size="xs" ml="auto" tt="none" style={{ flex: 'none' }}>
            {item.choice.chain.length > 1 && item.choice.chain[0] !== item.choice.language
              ? `${item.choice.chain[0] ?? ''} → ${item.choice.language}`
              : item.choice.language}
          </Badge>
        </Group>
        {item.skippedHolidays.length > 0 && (
          <Text size="xs" c="dimmed" pl={72} data-testid="review-preview-holidays">
            {t('review.skipsHolidays', { holidays: holidayList(item.skippedHolidays, lang), count: item.skippedHolidays.length })}
          </Text>
        )}
        {item.officeClosed && (
          <Text size="xs" c="orange.8" pl={72} data-testid="review-preview-closed">
            {item.officeClosed.kind === 'holiday'
              ? t('review.closedHoliday', { holiday: holidayList([item.officeClosed.holiday], lang) })
              : item.officeClosed.kind === 'weekend'
                ? t('review.closedWeekend')
                : t('review.closedAfterHours', { time: item.officeClosed.localTime })}
          </Text>
        )}
      </Stack>
      {item.problems.length > 0 && (
        <Alert mt="xs" color="orange" icon={<IconAlertTriangle size={16} />} title={t('review.whyHeld')} p="xs" data-testid="review-problems">
          <List size="sm" spacing={2}>
            {item.problems.map((p, i) => (
              <List.Item key={i}>{problemText(p, t)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Divider my="xs" />
      <Tabs defaultValue="html" keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="html">{t('review.html')}</Tabs.Tab>
          <Tabs.Tab value="text" data-testid="review-tab-text">
            {t('review.text')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="xs" style={{ flex: 1, minHeight: 0 }}>
          <ScrollArea h="100%" type="auto">
            <SafeHtml html={letter.html} testId="review-preview-html" />
          </ScrollArea>
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs" style={{ flex: 1, minHeight: 0 }}>
          <ScrollArea h="100%" type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'var(--mantine-font-family-monospace)' }} data-testid="review-preview-text">
              {letter.text}
            </Text>
          </ScrollArea>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
