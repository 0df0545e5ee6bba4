import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../../app/router';
import { useSegments } from '../../../data';
import { SegmentNavItem } from './SegmentNavItem';

/** The sidebar's "Saved segments": each one a live count and a link to its filtered list. */
export function SegmentsNav() {
  const { t } = useTranslation(['common', 'list']);
  const segments = useSegments();
  const route = useRoute();
  const activeId = route.screen === 'customers' && route.params.length === 0 ? route.query.get('segment') : null;

  return (
    <Stack gap={2} data-testid="segments-nav">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pb={4}>
        {t('common:nav.segments')}
      </Text>
      {segments === undefined ? (
        <>
          <Skeleton height={28} radius="sm" />
          <Skeleton height={28} radius="sm" />
        </>
      ) : segments.length === 0 ? (
        <Text size="xs" c="dimmed" px="sm" data-testid="segments-empty">
          {t('list:segments.empty')}
        </Text>
      ) : (
        segments.map((segment) => (
          <SegmentNavItem key={segment.id} segment={segment} active={segment.id === activeId} />
        ))
      )}
    </Stack>
  );
}
