import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { TFunction } from 'i18next';

export type PlainTextAnswer = 'store' | 'session' | null;

/**
 * This computer cannot encrypt the password (Linux without a keyring: safeStorage falls back to
 * plain text). Say so plainly and let the salesperson choose; closing the dialog cancels.
 */
export function askPlainTextSecret(t: TFunction): Promise<PlainTextAnswer> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: PlainTextAnswer) => {
      answered = true;
      modals.close(id);
      resolve(value);
    };
    const id = modals.open({
      title: t('mailSettings:plainText.title'),
      onClose: () => {
        if (!answered) resolve(null);
      },
      children: (
        <Stack gap="sm" data-testid="plain-text-question">
          <Text size="sm">{t('mailSettings:plainText.body')}</Text>
          <Text size="sm" c="dimmed">
            {t('mailSettings:plainText.choices')}
          </Text>
          <Group justify="flex-end" gap="xs" wrap="wrap">
            <Button variant="default" onClick={() => answer(null)} data-testid="plain-text-cancel">
              {t('common:actions.cancel')}
            </Button>
            <Button variant="light" onClick={() => answer('session')} data-testid="plain-text-session">
              {t('mailSettings:plainText.session')}
            </Button>
            <Button color="orange" onClick={() => answer('store')} data-testid="plain-text-store">
              {t('mailSettings:plainText.store')}
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}
