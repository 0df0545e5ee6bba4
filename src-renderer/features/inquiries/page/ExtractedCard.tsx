import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtractedInquiry } from '../../../../src-shared/inquiry';
import { type InquiryRecord, updateInquiry } from '../../../data';
import { useDisplayNames } from '../../../i18n/displayNames';
import { describeInquiryError } from '../shared/describeInquiryError';
import { ExtractedForm } from './ExtractedForm';
import { type DraftProblem, draftOf, type ExtractedDraft, minorToText, patchOf } from './extractedDraft';

interface Shown {
  key: string;
  /** The stored field, for the "corrected" mark. */
  field: keyof ExtractedInquiry;
  value: string;
  evidence?: string;
}

/** The values as shown: one line each, with the words they were read from on hover. */
function shownValues(x: ExtractedInquiry, inquiry: InquiryRecord, country: (c: string) => string, language: (l: string) => string, yes: string): Shown[] {
  const join = (list: readonly { value: string }[]) => list.map((f) => f.value).join(', ');
  const q = x.quantity?.value;
  const p = x.targetPrice?.value;
  return [
    { key: 'company', field: 'company', value: x.company?.value ?? '', evidence: x.company?.evidence },
    { key: 'senderName', field: 'senderName', value: x.senderName?.value ?? '', evidence: x.senderName?.evidence },
    { key: 'emails', field: 'emails', value: x.emails.join(', ') },
    { key: 'phones', field: 'phones', value: join(x.phones) },
    { key: 'website', field: 'website', value: x.website?.value ?? '', evidence: x.website?.evidence },
    { key: 'country', field: 'country', value: x.country ? country(x.country.value) : '', evidence: x.country?.evidence },
    { key: 'language', field: 'language', value: language(inquiry.language || x.language) },
    { key: 'products', field: 'products', value: join(x.products), evidence: x.products[0]?.evidence },
    { key: 'models', field: 'models', value: join(x.models) },
    { key: 'specs', field: 'specs', value: join(x.specs) },
    { key: 'quantity', field: 'quantity', value: q ? `${q.amount} ${q.unit}`.trim() : '', evidence: x.quantity?.evidence },
    { key: 'targetPrice', field: 'targetPrice', value: p ? `${p.currency} ${minorToText(p.minor, p.currency)}` : '', evidence: x.targetPrice?.evidence },
    { key: 'tradeTerm', field: 'tradeTerm', value: x.tradeTerm ? [x.tradeTerm.value, x.tradeTerm.place].filter(Boolean).join(' ') : '', evidence: x.tradeTerm?.evidence },
    { key: 'paymentTerms', field: 'paymentTerms', value: join(x.paymentTerms) },
    { key: 'deliveryDate', field: 'deliveryDate', value: x.deliveryDate?.value ?? '', evidence: x.deliveryDate?.evidence },
    { key: 'certificates', field: 'certificates', value: join(x.certificates) },
    { key: 'sampleRequest', field: 'sampleRequest', value: x.sampleRequest ? yes : '', evidence: x.sampleRequest?.evidence },
    { key: 'oemOrPackaging', field: 'oemOrPackaging', value: x.oemOrPackaging ? yes : '', evidence: x.oemOrPackaging?.evidence },
  ];
}

/**
 * What was read out of the inquiry. Every value can be corrected; a correction is kept through
 * later re-qualifications and the scorecard counts it at once.
 */
export function ExtractedCard({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation(['inquiries', 'common']);
  const names = useDisplayNames();
  const [draft, setDraft] = useState<{ before: ExtractedDraft; now: ExtractedDraft } | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const x = inquiry.extracted;
  const corrected = new Set<string>(inquiry.correctedFields);
  const readOnly = inquiry.status === 'archived';

  const startEdit = () => {
    const start = draftOf(x, inquiry.language || x.language);
    setDraft({ before: start, now: start });
    setProblems([]);
  };
  const save = async () => {
    if (!draft) return;
    const { patch, problems: found } = patchOf(draft.before, draft.now, x);
    setProblems(found);
    if (found.length > 0) return;
    if (!patch.extracted && !patch.language) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      await updateInquiry(inquiry.id, patch);
      setDraft(null);
      notifications.show({ color: 'teal', message: t('extracted.saved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('extracted.saveFailed'), message: describeInquiryError(error, t), autoClose: false });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder data-testid="inquiry-extracted">
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Title order={4}>{t('extracted.title')}</Title>
          <Text size="xs" c="dimmed">
            {draft ? t('extracted.editHint') : t('extracted.hint')}
          </Text>
        </Stack>
        {!draft && !readOnly && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={startEdit} data-testid="extracted-edit">
            {t('extracted.edit')}
          </Button>
        )}
      </Group>
      {draft ? (
        <Stack gap="sm">
          <ExtractedForm draft={draft.now} onChange={(now) => setDraft({ ...draft, now })} />
          {problems.length > 0 && (
            <Alert color="red" data-testid="extracted-problems">
              {problems.map((p) => t(`extracted.problem.${p}`)).join(' ')}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void save()} loading={saving} data-testid="extracted-save">
              {t('extracted.save')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)} disabled={saving}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing={6}>
          {shownValues(x, inquiry, names.country, names.language, t('extracted.yes')).map((v) => (
            <Stack key={v.key} gap={0} miw={0} data-testid={`extracted-${v.key}`} data-corrected={corrected.has(v.field)}>
              <Group gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t(`extracted.field.${v.key}`)}
                </Text>
                {corrected.has(v.field) && (
                  <Badge size="xs" variant="light" color="grape">
                    {t('extracted.corrected')}
                  </Badge>
                )}
              </Group>
              <Tooltip label={v.evidence ? t('extracted.readFrom', { evidence: v.evidence }) : ''} disabled={!v.evidence} multiline maw={420}>
                <Text size="sm" c={v.value ? undefined : 'dimmed'} lineClamp={2} style={{ overflowWrap: 'anywhere' }} data-testid={`extracted-${v.key}-value`}>
                  {v.value || t('extracted.none')}
                </Text>
              </Tooltip>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
