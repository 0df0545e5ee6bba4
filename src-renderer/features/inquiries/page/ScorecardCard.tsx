import { Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WEIGHTS, SIGNAL_GROUPS, type SignalResult } from '../../../../src-shared/inquiry';
import { type InquiryRecord, useSetting } from '../../../data';

const GROUPS = ['strong', 'weak', 'fraud', 'platform'] as const;
type Group = (typeof GROUPS)[number];

const GROUP_COLOR: Record<Group, string> = { strong: 'teal', weak: 'orange', fraud: 'red', platform: 'blue' };

function groupOf(id: string): Group {
  return GROUPS.find((g) => (SIGNAL_GROUPS[g] as readonly string[]).includes(id)) ?? 'weak';
}

/** "+10", "−5" with a real minus sign. */
export function signedPoints(weight: number): string {
  return weight > 0 ? `+${weight}` : weight < 0 ? `−${Math.abs(weight)}` : '0';
}

/** The score and every signal that fired, grouped strong / weak / fraud / platform, each with its evidence and points. */
export function ScorecardCard({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation('inquiries');
  const [weights] = useSetting<Partial<Record<string, number>>>('qualifyWeights', {});
  const base = weights.base ?? DEFAULT_WEIGHTS.base;
  const { score, signals } = inquiry.qualification;
  const byGroup = new Map<Group, SignalResult[]>();
  for (const s of signals) byGroup.set(groupOf(s.id), [...(byGroup.get(groupOf(s.id)) ?? []), s]);
  return (
    <Card withBorder data-testid="inquiry-scorecard">
      <Group justify="space-between" align="flex-end" mb={4}>
        <Title order={4}>{t('scorecard.title')}</Title>
        <Text fz={28} fw={700} lh={1} data-testid="scorecard-score">
          {score}
          <Text span size="sm" c="dimmed" fw={400}>
            {' / 100'}
          </Text>
        </Text>
      </Group>
      <Progress value={score} color={score >= 60 ? 'teal' : score >= 25 ? 'yellow' : 'red'} size="sm" mb="xs" aria-label={t('score.title')} />
      <Text size="xs" c="dimmed" mb="sm">
        {t('scorecard.base', { points: base })}
      </Text>
      {signals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scorecard.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {GROUPS.filter((g) => byGroup.has(g)).map((group) => (
            <Stack key={group} gap={4} data-testid={`scorecard-group-${group}`}>
              <Text size="xs" fw={700} tt="uppercase" c={GROUP_COLOR[group]}>
                {t(`scorecard.group.${group}`)}
              </Text>
              {(byGroup.get(group) ?? []).map((signal) => (
                <SignalLine key={signal.id} signal={signal} color={GROUP_COLOR[group]} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function SignalLine({ signal, color }: { signal: SignalResult; color: string }) {
  const { t } = useTranslation('inquiries');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="scorecard-signal" data-signal={signal.id}>
      <Badge variant="light" color={signal.weight < 0 ? (color === 'red' ? 'red' : 'orange') : 'teal'} w={48} style={{ flex: 'none' }}>
        {signedPoints(signal.weight)}
      </Badge>
      <Stack gap={0} miw={0} style={{ flex: 1 }}>
        <Text size="sm" fw={500}>
          {t(`signal.${signal.id}`, { defaultValue: signal.id })}
        </Text>
        {signal.evidence && (
          <Text size="xs" c="dimmed" lineClamp={2} title={signal.evidence} style={{ overflowWrap: 'anywhere' }}>
            “{signal.evidence}”
          </Text>
        )}
      </Stack>
    </Group>
  );
}
