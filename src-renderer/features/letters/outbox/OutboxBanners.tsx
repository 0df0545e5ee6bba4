import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFolderOpen, IconHelpCircle, IconPlayerPlay, IconSettings } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailAccountState } from '../../../../src-shared/ipc/contract';
import { describeError } from '../../../app/describeError';
import { callMain } from '../../../app/mainApi';
import { navigate } from '../../../app/router';
import { type OutboxPause, resumeOutbox } from '../../../data';

/** The queue stopped at a failure of the account (login refused, .eml folder not writable): say why, and how to go on. */
export function PausedBanner({ paused }: { paused: OutboxPause }) {
  const { t } = useTranslation(['outbox', 'common']);
  const resume = () =>
    resumeOutbox().then(
      () => notifications.show({ color: 'teal', message: t('outbox:paused.resumed') }),
      (error: unknown) => notifications.show({ color: 'red', title: t('outbox:done.failed'), message: describeError(error, t), autoClose: false }),
    );
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('outbox:paused.title')} data-testid="outbox-paused">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(paused.reason.kind === 'folder' ? 'outbox:paused.bodyFolder' : 'outbox:paused.body')}</Text>
        {paused.reason.message && (
          <Text size="xs" c="dimmed">
            {t(paused.reason.kind === 'folder' ? 'outbox:paused.detailSystem' : 'outbox:paused.detail', { detail: paused.reason.message })}
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" leftSection={<IconPlayerPlay size={14} />} onClick={() => void resume()} data-testid="outbox-resume">
            {t('outbox:paused.resume')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconSettings size={14} />} onClick={() => navigate('/settings')}>
            {t('outbox:paused.settings')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Letters that may have gone: never resent on their own; the salesperson decides. */
export function UncertainBanner() {
  const { t } = useTranslation('outbox');
  return (
    <Alert color="orange" icon={<IconHelpCircle size={18} />} title={t('uncertain.title')} data-testid="outbox-uncertain-banner">
      <Text size="sm">{t('uncertain.body')}</Text>
    </Alert>
  );
}

/** The mail account as main has it; undefined while asking, null when main could not say. */
function useMailAccount(): MailAccountState | null | undefined {
  const [account, setAccount] = useState<MailAccountState | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    callMain('mail:getAccount', undefined).then(
      (state) => live && setAccount(state),
      (error: unknown) => {
        console.error('Reading the mail account failed', error);
        if (live) setAccount(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return account;
}

/** Without an account, letters are .eml files: where they are, and a button to open the folder. */
export function EmlNote() {
  const { t } = useTranslation(['outbox', 'common']);
  const account = useMailAccount();
  if (!account || account.account.mode !== 'eml') return null;
  const folder = account.account.folder || account.defaultOutboxFolder;
  const open = () =>
    callMain('mail:openOutboxFolder', undefined).catch((error: unknown) =>
      notifications.show({ color: 'red', title: t('outbox:done.failed'), message: describeError(error, t), autoClose: false }),
    );
  return (
    <Alert color="blue" variant="light" title={t('outbox:eml.title')} data-testid="outbox-eml">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('outbox:eml.body', { folder })}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={() => void open()} style={{ flex: 'none' }} data-testid="outbox-open-folder">
          {t('outbox:eml.open')}
        </Button>
      </Group>
    </Alert>
  );
}
