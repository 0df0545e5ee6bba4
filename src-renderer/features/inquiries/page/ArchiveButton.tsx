import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_REASON_MAX, archiveInquiry, type InquiryRecord, restoreInquiry } from '../../../data';
import { describeInquiryError } from '../shared/describeInquiryError';

const REASONS = ['spam', 'fraud', 'vague', 'duplicate', 'notOurProduct', 'other'] as const;
type Reason = (typeof REASONS)[number];

/** "Archive as junk": asks why (a reason is kept with the inquiry), then takes it out of the queue. */
export function ArchiveButton({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation(['inquiries', 'common']);
  const [open, setOpen] = useState(false);
  const fraud = inquiry.qualification.flags.includes('fraudRisk');
  const spam = inquiry.qualification.flags.includes('spam');
  const [reason, setReason] = useState<Reason>(fraud ? 'fraud' : spam ? 'spam' : 'vague');
  const [detail, setDetail] = useState('');
  const [saving, setSaving] = useState(false);
  if (inquiry.status === 'archived') return null;

  const text = [t(`archive.reason.${reason}`), detail.trim()].filter(Boolean).join(': ');
  const canSave = reason !== 'other' || detail.trim().length > 0;
  const save = async () => {
    setSaving(true);
    try {
      await archiveInquiry(inquiry.id, text.slice(0, ARCHIVE_REASON_MAX));
      setOpen(false);
      notifications.show({ color: 'teal', message: t('archive.done') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('archive.failed'), message: describeInquiryError(error, t), autoClose: false });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button variant="light" color="red" leftSection={<IconArchive size={16} />} onClick={() => setOpen(true)} style={{ flex: 'none' }} data-testid="inquiry-archive">
        {t('archive.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('archive.title')} data-testid="archive-modal">
        <Stack gap="sm">
          <Radio.Group value={reason} onChange={(v) => setReason(v as Reason)} label={t('archive.why')}>
            <Stack gap={6} mt={6}>
              {REASONS.map((r) => (
                <Radio key={r} value={r} label={t(`archive.reason.${r}`)} data-testid={`archive-reason-${r}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('archive.detail')}
            autosize
            minRows={2}
            maxLength={ARCHIVE_REASON_MAX - 40}
            value={detail}
            onChange={(e) => setDetail(e.currentTarget.value)}
            required={reason === 'other'}
            data-testid="archive-detail"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void save()} loading={saving} disabled={!canSave} data-testid="archive-confirm">
              {t('archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Takes an archived inquiry back into the queue. */
export function RestoreButton({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation('inquiries');
  const [saving, setSaving] = useState(false);
  const restore = async () => {
    setSaving(true);
    try {
      await restoreInquiry(inquiry.id);
    } catch (error) {
      notifications.show({ color: 'red', message: describeInquiryError(error, t) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={() => void restore()} loading={saving} data-testid="inquiry-restore">
      {t('archive.restore')}
    </Button>
  );
}
