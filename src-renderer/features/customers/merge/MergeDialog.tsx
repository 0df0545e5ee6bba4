import { Alert, Button, Center, Group, Loader, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { navigate } from '../../../app/router';
import { mergeCustomerRecords, useCustomer, useTimeline } from '../../../data';
import { describeError } from '../../../app/describeError';
import { defaultKeepId } from './chooseKeep';
import { MergeCandidateCard } from './MergeCandidateCard';
import { ClampedText } from '../page/ClampedText';

/**
 * Merge two records of the same buyer. Both sides are shown; the salesperson picks the record to
 * keep, and everything of the other (contacts, tags, products, notes, history) moves into it.
 */
export function MergeDialog({
  opened,
  onClose,
  firstId,
  secondId,
}: {
  opened: boolean;
  onClose: () => void;
  firstId: string | null;
  secondId: string | null;
}) {
  const { t } = useTranslation('customerPage');
  return (
    <Modal opened={opened} onClose={onClose} title={t('merge.title')} size="xl" data-testid="merge-dialog">
      {opened && firstId && secondId && <MergeBody firstId={firstId} secondId={secondId} onClose={onClose} />}
    </Modal>
  );
}

function MergeBody({ firstId, secondId, onClose }: { firstId: string; secondId: string; onClose: () => void }) {
  const { t } = useTranslation(['customerPage', 'common', 'customer', 'data']);
  const first = useCustomer(firstId);
  const second = useCustomer(secondId);
  const firstHistory = useTimeline(firstId);
  const secondHistory = useTimeline(secondId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (first.isLoading || second.isLoading || !firstHistory || !secondHistory) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  const a = first.data;
  const b = second.data;
  if (!a || !b) {
    return (
      <Alert color="orange" data-testid="merge-missing">
        {t('merge.missing')}
      </Alert>
    );
  }

  const keepId = chosen ?? defaultKeepId(a, firstHistory.length, b, secondHistory.length);
  const keep: Customer = keepId === a.id ? a : b;
  const other: Customer = keepId === a.id ? b : a;
  const olderId = a.createdAt <= b.createdAt ? a.id : b.id;
  const nameOf = (c: Customer) => c.company.trim() || t('customer:unnamed');

  const confirm = async () => {
    setBusy(true);
    try {
      await mergeCustomerRecords(keep.id, other.id);
      notifications.show({
        color: 'teal',
        icon: <IconGitMerge size={18} />,
        title: t('merge.done'),
        message: <ClampedText lines={3}>{t('merge.doneBody', { other: nameOf(other), keep: nameOf(keep) })}</ClampedText>,
      });
      onClose();
      navigate(`/customers/${keep.id}`);
    } catch (err) {
      notifications.show({ color: 'red', title: t('merge.failed'), message: describeError(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('merge.choose')}</Text>
      <Radio.Group value={keepId} onChange={setChosen}>
        <SimpleGrid cols={2} spacing="md">
          {[a, b].map((c) => (
            <MergeCandidateCard
              key={c.id}
              customer={c}
              interactions={(c.id === a.id ? firstHistory : secondHistory).length}
              isOlder={c.id === olderId}
              checked={c.id === keepId}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('merge.explain', { keep: nameOf(keep), other: nameOf(other) })}
        </Text>
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button leftSection={<IconGitMerge size={16} />} onClick={() => void confirm()} loading={busy} data-testid="merge-confirm">
          {t('merge.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
