import { Badge, Group, NumberInput, PasswordInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountDraft, AccountField, AccountProblem } from './accountDraft';
import { SMTP_PORTS } from './accountDraft';

interface SmtpFieldsProps {
  draft: AccountDraft;
  problems: Partial<Record<AccountField, AccountProblem>>;
  /** What main holds: a stored password, one held for this session, or none. */
  passwordState: 'stored' | 'session' | 'none';
  onChange(patch: Partial<AccountDraft>): void;
}

/** Server, port, security, login and rate limit of an SMTP account. */
export function SmtpFields({ draft, problems, passwordState, onChange }: SmtpFieldsProps) {
  const { t } = useTranslation('mailSettings');
  const problem = (field: AccountField) => (problems[field] ? t(`account.problem.${problems[field]}`) : undefined);

  /** SSL/TLS and STARTTLS have their usual ports; follow them unless the port was set by hand. */
  const setSecurity = (secure: boolean) => {
    const usual = Object.values(SMTP_PORTS) as number[];
    const port = draft.port === '' || usual.includes(draft.port) ? (secure ? SMTP_PORTS.ssl : SMTP_PORTS.starttls) : draft.port;
    onChange({ secure, port });
  };

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="xs">
        <TextInput
          label={t('account.host')}
          placeholder="smtp.example.com"
          required
          maxLength={255}
          value={draft.host}
          error={problem('host')}
          onChange={(e) => onChange({ host: e.currentTarget.value })}
          data-testid="smtp-host"
          style={{ gridColumn: 'span 2' }}
        />
        <NumberInput
          label={t('account.port')}
          required
          min={1}
          max={65535}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          value={draft.port}
          error={problem('port')}
          onChange={(v) => onChange({ port: typeof v === 'number' ? v : '' })}
          data-testid="smtp-port"
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('account.security')}
        </Text>
        <SegmentedControl
          value={draft.secure ? 'ssl' : 'starttls'}
          onChange={(v) => setSecurity(v === 'ssl')}
          data={[
            { value: 'ssl', label: t('account.ssl') },
            { value: 'starttls', label: t('account.starttls') },
          ]}
          data-testid="smtp-security"
        />
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        <TextInput
          label={t('account.user')}
          maxLength={320}
          autoComplete="off"
          value={draft.user}
          onChange={(e) => onChange({ user: e.currentTarget.value })}
          data-testid="smtp-user"
        />
        <PasswordInput
          label={
            <Group gap={6} component="span" wrap="nowrap">
              <span>{t('account.password')}</span>
              {passwordState !== 'none' && (
                <Badge size="xs" variant="light" color={passwordState === 'stored' ? 'teal' : 'orange'} tt="none" data-testid="password-state">
                  {t(`account.passwordState.${passwordState}`)}
                </Badge>
              )}
            </Group>
          }
          placeholder={passwordState === 'none' ? undefined : t('account.passwordKeep')}
          maxLength={1024}
          autoComplete="new-password"
          value={draft.password}
          onChange={(e) => onChange({ password: e.currentTarget.value })}
          data-testid="smtp-password"
        />
      </SimpleGrid>
      <NumberInput
        label={t('account.rateLimit')}
        description={t('account.rateLimitHint')}
        w={420}
        maw="100%"
        min={1}
        max={600}
        allowDecimal={false}
        allowNegative={false}
        value={draft.rateLimitPerMinute}
        error={problem('rateLimitPerMinute')}
        onChange={(v) => onChange({ rateLimitPerMinute: typeof v === 'number' ? v : '' })}
        data-testid="smtp-rate"
      />
    </Stack>
  );
}
