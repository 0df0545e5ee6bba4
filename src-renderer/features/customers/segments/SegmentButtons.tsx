import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmarkPlus, IconDeviceFloppy, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter } from '../../../../src-shared/segment';
import { navigate } from '../../../app/router';
import { saveSegment, updateSegmentFilter } from '../../../data';
import { describeError } from '../../../app/describeError';
import { SegmentNameModal } from './SegmentNameModal';

interface Props {
  filter: SegmentFilter;
  /** The segment on screen, when the list was opened from one. */
  segment: { id: string; name: string } | null;
  /** The filter differs from the one the segment was saved with. */
  changed: boolean;
  filterEmpty: boolean;
  /** Before the list opens the new segment. */
  onSaved(segmentId: string): void;
}

/** "Save segment" keeps the current filter under a name; "Update segment" overwrites the open one. */
export function SegmentButtons({ filter, segment, changed, filterEmpty, onSaved }: Props) {
  const { t } = useTranslation(['list', 'common', 'compose']);
  const [saving, setSaving] = useState(false);
  const [updating, setUpdating] = useState(false);

  const update = async () => {
    if (!segment) return;
    setUpdating(true);
    try {
      await updateSegmentFilter(segment.id, filter);
      notifications.show({ color: 'teal', message: t('list:segments.updated', { name: segment.name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common:errors.title'), message: describeError(error, t), autoClose: false });
    } finally {
      setUpdating(false);
    }
  };

  return (
    <>
      {segment && !changed && (
        <Button
          variant="default"
          leftSection={<IconMail size={16} />}
          onClick={() => navigate(`/letters/compose?segment=${encodeURIComponent(segment.id)}`)}
          data-testid="write-to-segment"
        >
          {t('compose:entry.writeSegment')}
        </Button>
      )}
      {segment && changed && (
        <Button variant="filled" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void update()} loading={updating} data-testid="update-segment">
          {t('list:actions.updateSegment')}
        </Button>
      )}
      {/* The span takes the hover that a disabled button does not, so the hint still shows. */}
      <Tooltip label={t('list:segments.needFilter')} disabled={!filterEmpty} withinPortal>
        <span style={{ display: 'inline-block' }}>
          <Button
            variant="default"
            leftSection={<IconBookmarkPlus size={16} />}
            onClick={() => setSaving(true)}
            disabled={filterEmpty}
            data-testid="save-segment"
          >
            {t('list:actions.saveSegment')}
          </Button>
        </span>
      </Tooltip>
      <SegmentNameModal
        opened={saving}
        title={t('list:segments.saveTitle')}
        description={t('list:segments.saveDescription')}
        initialName=""
        confirmLabel={t('common:actions.save')}
        onClose={() => setSaving(false)}
        onSubmit={async (name) => {
          const saved = await saveSegment(name, filter);
          notifications.show({ color: 'teal', message: t('list:segments.saved', { name }) });
          // Open the new segment: its name becomes the title and later edits can update it.
          onSaved(saved.id);
          navigate(`/customers?segment=${encodeURIComponent(saved.id)}`);
        }}
      />
    </>
  );
}
