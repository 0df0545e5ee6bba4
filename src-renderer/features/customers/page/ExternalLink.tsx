import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { callMain } from '../../../app/mainApi';
import { describeError } from '../../../app/describeError';

/** A website or mailto: link, opened by main in the system browser or mail client. */
export function ExternalLink({ url, children, testId }: { url: string; children: string; testId?: string }) {
  const { t } = useTranslation(['customerPage', 'common']);
  const open = () =>
    callMain('shell:openExternal', { url }).catch((err: unknown) =>
      notifications.show({
        color: 'red',
        title: t('details.openFailed'),
        message: describeError(err, t),
      }),
    );
  return (
    <Anchor
      href={url}
      size="sm"
      onClick={(e) => {
        e.preventDefault();
        void open();
      }}
      style={{ overflowWrap: 'anywhere' }}
      data-testid={testId}
    >
      {children}
    </Anchor>
  );
}

/** "acme.com" → "https://acme.com"; null when it cannot be a web address. */
export function websiteUrl(website: string): string | null {
  const w = website.trim();
  if (!w) return null;
  const candidate = /^https?:\/\//i.test(w) ? w : `https://${w}`;
  try {
    const u = new URL(candidate);
    return u.hostname.includes('.') ? u.toString() : null;
  } catch {
    return null;
  }
}
