import { Alert, Anchor, Button, Group, List, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconClock, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import type { SenderProfile } from '../../../../src-shared/letters/types';
import { describeError } from '../../../app/describeError';
import { navigate } from '../../../app/router';
import { markInquiryReplied, useTemplates } from '../../../data';
import { useFormatters } from '../../customers/list/useFormatters';
import { useNow } from '../../customers/page/useNow';
import { withDefaults } from './inquiryReply';
import { LetterPreview } from './LetterPreview';
import { templateProblemText } from './problemText';
import { queueBatch, type Timing } from './queueBatch';
import { RecipientList } from './RecipientList';
import { buildExtra, type InputValues } from './templateInputs';
import { type TimingMode, TimingPicker } from './TimingPicker';
import { useReview } from './useReview';

interface Props {
  customers: readonly Customer[];
  templateId: string;
  values: InputValues;
  profile: SenderProfile;
  onBack(): void;
  /** Values the template's inputs start from (the inquiry being answered); what was typed wins. */
  extraDefaults?: Record<string, unknown>;
  /** The inquiry this letter answers: marked replied once the letter is queued. */
  inquiryId?: string;
}

type Show = 'all' | 'ready' | 'held';

/** Step 3: every letter, rendered and checked; held-back ones named with their reasons; then send or schedule. */
export function ReviewStep({ customers, templateId, values, profile, onBack, extraDefaults, inquiryId }: Props) {
  const { t } = useTranslation(['compose', 'common']);
  const fmt = useFormatters();
  const template = useTemplates()?.find((tpl) => tpl.id === templateId);
  const extra = useMemo(() => withDefaults(template ? buildExtra(template.inputs, values).extra : {}, extraDefaults), [template, values, extraDefaults]);
  const [mode, setMode] = useState<TimingMode>('now');
  const [at, setAt] = useState<number | null>(null);
  const [runKey, setRunKey] = useState(0);
  const [show, setShow] = useState<Show>('all');
  const [selected, setSelected] = useState(0);
  const [queueing, setQueueing] = useState(false);
  const now = useNow(30_000).getTime();

  // A date in the past, or none yet, renders as "now" until a valid one is picked.
  const atProblem = mode === 'at' && (at === null || at <= now) ? t('compose:timing.atPast') : null;
  const timing: Timing = mode === 'nextMorning' ? { mode } : mode === 'at' && at !== null && !atProblem ? { mode, at } : { mode: 'now' };
  const review = useReview(customers, template, profile, extra, timing, runKey);

  const items = review.status === 'ready' ? review.items : [];
  const ready = items.filter((i) => i.problems.length === 0);
  const held = items.length - ready.length;
  // Letters that can go, set for a time when that customer's office is likely closed (a warning only).
  const closed = ready.filter((i) => i.officeClosed !== null).length;
  const shown = show === 'ready' ? ready : show === 'held' ? items.filter((i) => i.problems.length > 0) : items;
  const current = shown[Math.min(selected, shown.length - 1)];
  const scheduled = timing.mode !== 'now';
  const canSend = review.status === 'ready' && ready.length > 0 && !(mode === 'at' && atProblem) && !queueing;

  const send = async () => {
    if (!template || review.status !== 'ready') return;
    setQueueing(true);
    try {
      const { batchId, ids } = await queueBatch(review.items, template, profile, timing);
      notifications.show({ color: 'teal', message: t('compose:send.queued', { count: ids.length, formatted: fmt.number(ids.length) }) });
      // The letter is queued whatever happens here; the inquiry just leaves the queue.
      if (inquiryId && ids.length > 0) {
        await markInquiryReplied(inquiryId).catch((error: unknown) =>
          notifications.show({ color: 'orange', message: t('inquiries:compose.markFailed', { message: describeError(error, t) }) }),
        );
      }
      navigate(`/outbox?batch=${encodeURIComponent(batchId)}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('compose:send.failed'), message: describeError(error, t), autoClose: false });
      setQueueing(false);
    }
  };

  const count = ready.length;
  const formatted = fmt.number(count);
  return (
    <Stack gap="sm" mt="md" h="calc(100dvh - 236px)" mih={480} data-testid="review-step">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <TimingPicker mode={mode} onMode={setMode} at={at} onAt={setAt} atError={mode === 'at' && at !== null ? atProblem : null} />
          <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
              {t('compose:back')}
            </Button>
            <Button
              leftSection={scheduled ? <IconClock size={16} /> : <IconSend size={16} />}
              disabled={!canSend}
              loading={queueing}
              onClick={() => void send()}
              data-testid="compose-send"
            >
              {scheduled ? t('compose:send.schedule', { count, formatted }) : t('compose:send.now', { count, formatted })}
            </Button>
          </Group>
        </Group>
      </Paper>

      {review.status === 'rendering' && (
        <Stack gap={4} data-testid="review-rendering">
          <Text size="sm">{t('compose:review.rendering', { done: fmt.number(review.done), total: fmt.number(review.total) })}</Text>
          <Progress value={review.total ? (review.done / review.total) * 100 : 0} animated />
        </Stack>
      )}
      {review.status === 'broken' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('compose:review.templateBroken')} data-testid="review-broken">
          <Stack gap="xs" align="flex-start">
            <List size="sm">
              {review.problems.map((p, i) => (
                <List.Item key={i}>{`${review.language}: ${templateProblemText(p, t)}`}</List.Item>
              ))}
            </List>
            <Button size="xs" variant="light" onClick={() => navigate(`/letters/templates/${encodeURIComponent(templateId)}`)}>
              {t('compose:review.openTemplate')}
            </Button>
          </Stack>
        </Alert>
      )}
      {review.status === 'error' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="review-error">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('compose:review.renderFailed', { message: describeError(review.error, t) })}</Text>
            <Button size="xs" variant="light" onClick={() => setRunKey((k) => k + 1)}>
              {t('compose:review.rerender')}
            </Button>
          </Stack>
        </Alert>
      )}
      {review.status === 'ready' && (
        <>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text fw={600} data-testid="review-summary">
                {t('compose:review.summary', { ready: fmt.number(ready.length), held: fmt.number(held) })}
              </Text>
              {held > 0 && (
                <Text size="xs" c="dimmed">
                  {t('compose:review.heldBackNote')}
                </Text>
              )}
              {closed > 0 && (
                <Text size="xs" c="orange.8">
                  <span data-testid="review-closed-summary">{t('compose:review.closedSummary', { count: closed, formatted: fmt.number(closed) })}</span>
                  {/* Never shown for the next working morning: that timing has no closed offices. */}{' '}
                  <Anchor component="button" type="button" size="xs" onClick={() => setMode('nextMorning')} data-testid="review-closed-switch">
                    {t('compose:review.closedSwitch')}
                  </Anchor>
                </Text>
              )}
            </Stack>
            <SegmentedControl
              size="xs"
              value={show}
              onChange={(v) => {
                setShow(v as Show);
                setSelected(0);
              }}
              data={[
                { value: 'all', label: t('compose:review.filter.all', { formatted: fmt.number(items.length) }) },
                { value: 'ready', label: t('compose:review.filter.ready', { formatted: fmt.number(ready.length) }) },
                { value: 'held', label: t('compose:review.filter.held', { formatted: fmt.number(held) }) },
              ]}
              data-testid="review-filter"
              style={{ flex: 'none' }}
            />
          </Group>
          <Group gap="sm" wrap="nowrap" align="stretch" style={{ flex: 1, minHeight: 0 }}>
            <RecipientList items={shown} selected={Math.min(selected, shown.length - 1)} onSelect={setSelected} />
            <LetterPreview item={current} scheduled={scheduled} />
          </Group>
        </>
      )}
    </Stack>
  );
}
