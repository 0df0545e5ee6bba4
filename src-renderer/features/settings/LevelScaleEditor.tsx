import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconRestore, IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelDefinition } from '../../../src-shared/customer/vocabulary';
import type { SegmentFilter } from '../../../src-shared/segment/filter';
import { countFacets, useFacetCounts, useSetting } from '../../data';
import { LevelRowEditor } from './LevelRowEditor';
import type { LevelDraftRow } from './levelScaleDraft';
import {
  MAX_LEVELS,
  STAR_CODES,
  addLevel,
  applyPreset,
  codeProblems,
  defaultPreset,
  droppedCodes,
  fromDraft,
  moveLevel,
  toDraft,
} from './levelScaleDraft';
import { useLevelScale } from './levelScale';

// One stable object, so the facet hook does not see a new filter on every render.
const WHOLE_BOOK: SegmentFilter = {};

/**
 * The customer level scale (Settings). Edits happen in a draft and are saved together, because a
 * half-edited scale (two levels called "A", an empty code) must never reach the customer list.
 * A level that customers still hold cannot be removed: they would be left with a level that no
 * longer exists.
 */
export function LevelScaleEditor() {
  const { t } = useTranslation(['settings', 'common']);
  const saved = useLevelScale();
  const [, setLevels] = useSetting<LevelDefinition[]>('levels', []);
  const facets = useFacetCounts(WHOLE_BOOK);
  const [draft, setDraft] = useState<LevelDraftRow[] | null>(null);
  const [saving, setSaving] = useState(false);
  const rows = draft ?? toDraft(saved);
  const problems = codeProblems(rows);
  const usage = (code: string | null) => (code ? (facets?.levels[code] ?? 0) : 0);

  /** Fresh counts, not the last render's: a customer may have been given this level a moment ago. */
  const customersHolding = async (codes: string[]): Promise<Record<string, number>> => {
    const counts = (await countFacets(WHOLE_BOOK)).levels;
    return Object.fromEntries(codes.map((c) => [c, counts[c] ?? 0]).filter(([, n]) => (n as number) > 0));
  };

  const refuseIfHeld = async (codes: string[]): Promise<boolean> => {
    const held = await customersHolding(codes);
    const entries = Object.entries(held);
    if (entries.length === 0) return false;
    notifications.show({
      color: 'red',
      title: t('levels.removeRefusedTitle'),
      message: entries.map(([code, count]) => t('levels.removeRefused', { code, count })).join(' '),
      autoClose: 10_000,
    });
    return true;
  };

  const edit = (next: LevelDraftRow[]) => setDraft(next);

  const remove = async (index: number) => {
    const row = rows[index];
    if (!row) return;
    if (rows.length <= 1) {
      notifications.show({ color: 'red', message: t('levels.lastLevel') });
      return;
    }
    if (row.savedCode && (await refuseIfHeld([row.savedCode]))) return;
    edit(rows.filter((_, i) => i !== index));
  };

  const preset = async (levels: LevelDefinition[]) => {
    const next = applyPreset(rows, levels);
    if (await refuseIfHeld(droppedCodes(saved, next))) return;
    edit(next);
  };

  const stars = () =>
    STAR_CODES.map((code) => ({ code, meaning: t(`levels.stars.${code}`) }));

  const save = async () => {
    if (problems.some(Boolean)) return;
    setSaving(true);
    try {
      if (await refuseIfHeld(droppedCodes(saved, rows))) return;
      await setLevels(fromDraft(rows));
      setDraft(null);
      notifications.show({ color: 'teal', message: t('levels.saved') });
    } catch (err) {
      notifications.show({ color: 'red', title: t('common:errors.title'), message: t('common:errors.unexpected', { message: String(err) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder data-testid="level-scale-editor">
      <Title order={4}>{t('levels.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('levels.description')}
      </Text>
      <Stack gap="xs">
        {rows.map((row, index) => (
          <LevelRowEditor
            key={row.key}
            row={row}
            index={index}
            rowCount={rows.length}
            inUse={usage(row.savedCode)}
            problem={problems[index] ?? null}
            onChange={(patch) => edit(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)))}
            onMove={(by) => edit(moveLevel(rows, index, by))}
            onRemove={() => void remove(index)}
          />
        ))}
      </Stack>
      <Group mt="sm" gap="xs">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={rows.length >= MAX_LEVELS}
          onClick={() => edit(addLevel(rows))}
          data-testid="level-add"
        >
          {t('levels.add')}
        </Button>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={() => void preset(defaultPreset())} data-testid="level-reset-ae">
          {t('levels.resetAE')}
        </Button>
        <Button variant="default" leftSection={<IconStar size={16} />} onClick={() => void preset(stars())} data-testid="level-preset-stars">
          {t('levels.useStars')}
        </Button>
      </Group>
      {draft && (
        <Alert mt="md" variant="light" icon={<IconInfoCircle size={18} />} title={t('levels.unsaved')}>
          <Group gap="xs" mt={4}>
            <Button size="xs" loading={saving} disabled={problems.some(Boolean)} onClick={() => void save()} data-testid="level-save">
              {t('common:actions.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDraft(null)} data-testid="level-discard">
              {t('levels.discard')}
            </Button>
          </Group>
        </Alert>
      )}
    </Card>
  );
}
