import { Alert, Button, Card, Group, Loader, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../app/describeError';
import { useSenderProfile } from '../profile/senderProfile';
import type { AccountDraft } from './accountDraft';
import { accountProblems, draftFromState } from './accountDraft';
import { askPlainTextSecret } from './askPlainTextSecret';
import { EmlFolderField } from './EmlFolderField';
import { describeMailFailure } from './mailFailure';
import { SmtpFields } from './SmtpFields';
import type { VerifyResult } from './useMailAccount';
import { useMailAccount } from './useMailAccount';

/**
 * Settings → Mail account: write .eml files (the default, no setup) or send through the
 * salesperson's SMTP server; verify the login; keep the password only as safely as this computer
 * allows, and say so when that is plain text.
 */
export function MailAccountCard() {
  const { t } = useTranslation(['mailSettings', 'common']);
  const ask = useCallback(() => askPlainTextSecret(t), [t]);
  const account = useMailAccount(ask);
  const [profile] = useSenderProfile();
  const [draft, setDraft] = useState<AccountDraft | null>(null);
  const [busy, setBusy] = useState<'save' | 'verify' | null>(null);
  const [verified, setVerified] = useState<VerifyResult | null>(null);

  if (!account.state) {
    return (
      <Card withBorder data-testid="mail-account-card">
        <Title order={4}>{t('account.title')}</Title>
        {account.loadError ? (
          <Alert mt="sm" color="red" icon={<IconAlertTriangle size={18} />}>
            {describeError(account.loadError, t)}
          </Alert>
        ) : (
          <Loader size="sm" mt="sm" aria-label={t('common:loading')} />
        )}
      </Card>
    );
  }

  const state = account.state;
  const form = draft ?? draftFromState(state, { name: profile.salesperson.name, email: profile.salesperson.email });
  const problems = accountProblems(form);
  const hasProblems = Object.keys(problems).length > 0;
  const edit = (patch: Partial<AccountDraft>) => {
    setDraft({ ...form, ...patch });
    setVerified(null);
  };
  const stored = state.account.mode === 'smtp' && state.account.hasPassword;
  const passwordState = !stored ? 'none' : state.passwordSessionOnly ? 'session' : 'stored';

  /** Saves the form; answers whether the account in main is now what the form shows. */
  const save = async (): Promise<boolean> => {
    if (!draft) return true;
    if (hasProblems) return false;
    setBusy('save');
    try {
      const outcome = await account.save(form);
      if (outcome === 'cancelled') return false;
      setDraft(null);
      notifications.show({ color: 'teal', message: t('account.saved') });
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: t('account.saveFailed'), message: describeError(err, t) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const verify = async () => {
    setVerified(null);
    if (!(await save())) return;
    setBusy('verify');
    try {
      setVerified(await account.verify());
    } catch (err) {
      notifications.show({ color: 'red', title: t('common:errors.title'), message: describeError(err, t) });
    } finally {
      setBusy(null);
    }
  };

  const fromError = problems.fromAddress ? t(`account.problem.${problems.fromAddress}`) : undefined;

  return (
    <Card withBorder data-testid="mail-account-card">
      <Title order={4}>{t('account.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('account.description')}
      </Text>
      <Radio.Group value={form.mode} onChange={(v) => edit({ mode: v === 'smtp' ? 'smtp' : 'eml' })} data-testid="mail-mode">
        <Stack gap="xs">
          <Radio value="eml" label={t('account.modeEml')} description={t('account.modeEmlHint')} data-testid="mail-mode-eml" />
          <Radio value="smtp" label={t('account.modeSmtp')} description={t('account.modeSmtpHint')} data-testid="mail-mode-smtp" />
        </Stack>
      </Radio.Group>

      <Stack gap="sm" mt="md">
        {form.mode === 'eml' ? (
          <EmlFolderField folder={form.folder} defaultFolder={state.defaultOutboxFolder} onChoose={(folder) => edit({ folder })} />
        ) : (
          <SmtpFields draft={form} problems={problems} passwordState={passwordState} onChange={edit} />
        )}
        {form.mode === 'smtp' && state.secrets.plainText && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="plain-text-warning">
            {t('account.plainTextWarning')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
          <TextInput
            label={t('account.fromName')}
            maxLength={200}
            value={form.fromName}
            onChange={(e) => edit({ fromName: e.currentTarget.value })}
            data-testid="mail-from-name"
          />
          <TextInput
            label={t('account.fromAddress')}
            required
            type="email"
            maxLength={254}
            value={form.fromAddress}
            error={fromError}
            onChange={(e) => edit({ fromAddress: e.currentTarget.value })}
            data-testid="mail-from-address"
          />
        </SimpleGrid>
      </Stack>

      {verified && <VerifyAlert result={verified} />}

      <Group mt="md" gap="xs">
        <Button disabled={!draft || hasProblems} loading={busy === 'save'} onClick={() => void save()} data-testid="mail-save">
          {t('common:actions.save')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconPlugConnected size={16} />}
          disabled={hasProblems || busy !== null}
          loading={busy === 'verify'}
          onClick={() => void verify()}
          data-testid="mail-verify"
        >
          {t('account.verify')}
        </Button>
        {draft && (
          <Button variant="subtle" color="gray" onClick={() => setDraft(null)} data-testid="mail-discard">
            {t('account.discard')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

function VerifyAlert({ result }: { result: VerifyResult }) {
  const { t } = useTranslation('mailSettings');
  if (result.ok) {
    return (
      <Alert mt="md" color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="verify-result" data-ok="true">
        {t('account.verifyOk')}
      </Alert>
    );
  }
  const failure = describeMailFailure(result, t);
  return (
    <Alert
      mt="md"
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={failure.title}
      data-testid="verify-result"
      data-ok="false"
      data-kind={result.kind}
    >
      <Text size="sm">{failure.body}</Text>
      {failure.detail && (
        <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }} data-testid="verify-detail">
          {t(result.kind === 'folder' ? 'failure.detailSystem' : 'failure.detail', { detail: failure.detail })}
        </Text>
      )}
    </Alert>
  );
}
