import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { loadSampleBook, removeSampleBook, setSetting } from '../../data';
import { describeError } from '../../app/describeError';

/** Settings key: the banner was closed; loading the sample again brings it back. */
export const SAMPLE_BANNER_DISMISSED = 'sampleBannerDismissed';

/** Loads the fictional sample book and says how it went. Resolves true when it was loaded. */
export async function loadSampleWithFeedback(t: TFunction): Promise<boolean> {
  try {
    const count = await loadSampleBook();
    await setSetting(SAMPLE_BANNER_DISMISSED, false);
    notifications.show({
      color: 'teal',
      title: t('onboarding:sample.loadedTitle'),
      message: t('onboarding:sample.loaded', { count }),
    });
    return true;
  } catch (err) {
    notifications.show({
      color: 'red',
      title: t('onboarding:sample.loadFailedTitle'),
      message: describeError(err, t),
      autoClose: false,
    });
    return false;
  }
}

/**
 * Asks first, then removes every sample customer and their timeline in one step. Real customers
 * are untouched; the confirmation says so, because that is what people worry about.
 */
export function confirmRemoveSample(t: TFunction, count: number | null, onDone: () => void): void {
  modals.openConfirmModal({
    title: t('onboarding:sample.removeTitle'),
    centered: true,
    children: (
      <Text size="sm">
        {count === null ? t('onboarding:sample.removeBodyUnknown') : t('onboarding:sample.removeBody', { count })}
      </Text>
    ),
    labels: { confirm: t('onboarding:sample.removeConfirm'), cancel: t('common:actions.cancel') },
    confirmProps: { color: 'red', 'data-testid': 'remove-sample-confirm' } as Record<string, unknown>,
    cancelProps: { 'data-testid': 'remove-sample-cancel' } as Record<string, unknown>,
    onConfirm: async () => {
      try {
        const removed = await removeSampleBook();
        notifications.show({
          color: 'teal',
          title: t('onboarding:sample.removedTitle'),
          message: t('onboarding:sample.removed', { count: removed }),
        });
      } catch (err) {
        notifications.show({
          color: 'red',
          title: t('onboarding:sample.removeFailedTitle'),
          message: describeError(err, t),
          autoClose: false,
        });
      } finally {
        onDone();
      }
    },
  });
}
