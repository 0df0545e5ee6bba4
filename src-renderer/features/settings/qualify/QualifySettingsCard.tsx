import { Accordion, Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WEIGHTS,
  qualifyThresholdsSchema,
  qualifyWeightsSchema,
  type QualifyThresholds,
  type QualifyWeights,
  SIGNAL_GROUPS,
} from '../../../../src-shared/inquiry';
import { describeInquiryError } from '../../inquiries/shared/describeInquiryError';
import { saveQualifySettings, useSetting } from '../../../data';
import { type QualifyDraft, draftToSettings, settingsToDraft } from './qualifyDraft';

const GROUPS = ['strong', 'weak', 'fraud', 'platform'] as const;

/**
 * Settings → Inquiry scoring: the weight of each signal and the score each level needs. Saved
 * as a whole after a check; stored inquiries keep their score until they are edited.
 */
export function QualifySettingsCard() {
  const { t } = useTranslation(['inquiries', 'common']);
  const [weights] = useSetting<QualifyWeights>('qualifyWeights', { ...DEFAULT_WEIGHTS });
  const [thresholds] = useSetting<QualifyThresholds>('qualifyThresholds', structuredClone(DEFAULT_THRESHOLDS) as QualifyThresholds);
  // What is being typed; null shows what is stored.
  const [editing, setEditing] = useState<QualifyDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const draft = editing ?? settingsToDraft({ ...DEFAULT_WEIGHTS, ...weights }, thresholds);

  const change = (next: QualifyDraft) => {
    setEditing(next);
    setProblem(null);
  };
  const save = async () => {
    const converted = draftToSettings(draft);
    const w = qualifyWeightsSchema.safeParse(converted.weights);
    const th = qualifyThresholdsSchema.safeParse(converted.thresholds);
    if (!converted.ok || !w.success || !th.success) {
      setProblem(t('settings.invalid'));
      return;
    }
    setSaving(true);
    try {
      const rescored = await saveQualifySettings({ weights: w.data, thresholds: th.data });
      setEditing(null);
      notifications.show({ color: 'teal', message: t('settings.saved', { count: rescored }) });
    } catch (error) {
      notifications.show({ color: 'red', message: describeInquiryError(error, t) });
    } finally {
      setSaving(false);
    }
  };
  const restore = () => change(settingsToDraft({ ...DEFAULT_WEIGHTS }, structuredClone(DEFAULT_THRESHOLDS) as QualifyThresholds));

  const weightInput = (id: string) => (
    <NumberInput
      key={id}
      size="xs"
      label={t(`signal.${id}`)}
      min={-100}
      max={100}
      allowDecimal={false}
      value={draft.weights[id] ?? ''}
      onChange={(v) => change({ ...draft, weights: { ...draft.weights, [id]: v } })}
      data-testid={`qualify-weight-${id}`}
    />
  );

  return (
    <Card withBorder data-testid="qualify-settings-card">
      <Title order={4}>{t('settings.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.description')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <NumberInput
            size="xs"
            label={t('settings.base')}
            min={0}
            max={100}
            allowDecimal={false}
            value={draft.weights.base ?? ''}
            onChange={(v) => change({ ...draft, weights: { ...draft.weights, base: v } })}
            data-testid="qualify-weight-base"
          />
          {draft.levels.map((row, index) => (
            <NumberInput
              key={row.level}
              size="xs"
              label={t('settings.levelFloor', { level: row.level })}
              min={0}
              max={100}
              allowDecimal={false}
              value={row.minScore}
              onChange={(v) => change({ ...draft, levels: draft.levels.map((r, i) => (i === index ? { ...r, minScore: v } : r)) })}
              data-testid={`qualify-level-${row.level}`}
            />
          ))}
          <NumberInput
            size="xs"
            label={t('settings.fraudRiskAt', { level: draft.below })}
            min={-200}
            max={0}
            allowDecimal={false}
            value={draft.fraudRiskAt}
            onChange={(v) => change({ ...draft, fraudRiskAt: v })}
            data-testid="qualify-fraud-risk-at"
          />
        </SimpleGrid>
        <Accordion variant="separated" multiple>
          {GROUPS.map((group) => (
            <Accordion.Item key={group} value={group}>
              <Accordion.Control data-testid={`qualify-group-${group}`}>{t(`scorecard.group.${group}`)}</Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={{ base: 2, sm: 3 }}>{SIGNAL_GROUPS[group].map(weightInput)}</SimpleGrid>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        {problem && (
          <Alert color="red" data-testid="qualify-settings-problem">
            {problem}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void save()} loading={saving} disabled={editing === null} data-testid="qualify-settings-save">
            {t('common:actions.save')}
          </Button>
          <Button variant="default" leftSection={<IconRestore size={16} />} onClick={restore} data-testid="qualify-settings-restore">
            {t('settings.restore')}
          </Button>
          {editing && (
            <Button variant="subtle" onClick={() => (setEditing(null), setProblem(null))}>
              {t('common:actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
