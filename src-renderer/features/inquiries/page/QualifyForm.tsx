import { Alert, Badge, Button, Card, Checkbox, Group, Radio, Select, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconSearch, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { BACKGROUNDS } from '../../../../src-shared/customer/vocabulary';
import { confirmInquiry, type InquiryRecord } from '../../../data';
import { useDisplayNames } from '../../../i18n/displayNames';
import { useCustomerSearch } from '../../customers/merge/useCustomerSearch';
import { foldingFilter, useCountryOptions, useVocabularyOptions } from '../../customers/page/selectOptions';
import { useLevelScale } from '../../settings/levelScale';
import { describeInquiryError } from '../shared/describeInquiryError';
import { senderTitle } from '../shared/model';
import { qualificationNoteText } from './qualificationNote';
import { useKnownCustomers } from './useKnownCustomers';

const NEW = 'new';
const OTHER = 'other';

/** Confirm (or change) the suggested level and background, and say which customer this is. */
export function QualifyForm({ inquiry, onDone, onCancel }: { inquiry: InquiryRecord; onDone(): void; onCancel?: () => void }) {
  const { t } = useTranslation(['inquiries', 'customer', 'common']);
  const q = inquiry.qualification;
  const scale = useLevelScale();
  const [level, setLevel] = useState(inquiry.confirmed?.level ?? q.level);
  const [background, setBackground] = useState(inquiry.confirmed?.background ?? q.background ?? 'unknown');
  const known = useKnownCustomers(inquiry.id, inquiry.updatedAt);
  const [choice, setChoice] = useState<string | null>(inquiry.customerId);
  const [picked, setPicked] = useState<Customer | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [adoptLanguage, setAdoptLanguage] = useState(false);
  const names = useDisplayNames();
  const backgrounds = useVocabularyOptions('background', BACKGROUNDS, background);
  const countries = useCountryOptions();

  // Until the salesperson picks, the strongest match of the book, else a new customer.
  const preferred = q.knownCustomer?.id ?? known?.[0]?.id ?? NEW;
  const target = choice ?? preferred;
  const needsCountry = target === NEW && !inquiry.country;
  const customerId = target === OTHER ? picked?.id : target;
  const linked = customerId && customerId !== NEW ? (known?.find((c) => c.id === customerId) ?? (picked?.id === customerId ? picked : undefined)) : undefined;
  // The inquiry's language differs from the book's: offer to write to this customer in it.
  const offerLanguage =
    linked && inquiry.language && inquiry.language !== 'und' && linked.language.split('-')[0] !== inquiry.language ? linked : undefined;
  const levels = scale.map((l) => l.code);
  if (!levels.includes(level)) levels.push(level);

  const confirm = async () => {
    if (!customerId || (needsCountry && !country)) return;
    setSaving(true);
    try {
      await confirmInquiry(inquiry.id, {
        level,
        background,
        customerId,
        ...(needsCountry && country ? { country } : {}),
        ...(offerLanguage && adoptLanguage ? { language: inquiry.language } : {}),
        note: qualificationNoteText(inquiry, level, background, t),
      });
      notifications.show({ color: 'teal', message: t('qualify.confirmed', { level }) });
      onDone();
    } catch (error) {
      notifications.show({ color: 'red', title: t('qualify.failed'), message: describeInquiryError(error, t), autoClose: false });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder data-testid="qualify-step">
      <Title order={4}>{t('qualify.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('qualify.hint')}
      </Text>
      <Stack gap="md">
        {q.plan.action === 'archive' && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="qualify-suggest-archive">
            {t('qualify.suggestArchive', { level: q.level })}
          </Alert>
        )}
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('qualify.level')}
            </Text>
            <Badge size="sm" variant="light" color="grape" leftSection={<IconSparkles size={12} />}>
              {t('qualify.suggested', { value: q.level })}
            </Badge>
          </Group>
          <SegmentedControl w="fit-content" value={level} onChange={setLevel} data={levels} data-testid="qualify-level" />
        </Stack>
        <Select
          label={
            <Group gap="xs" component="span">
              <span>{t('qualify.background')}</span>
              {q.background && (
                <Badge size="sm" variant="light" color="grape" leftSection={<IconSparkles size={12} />}>
                  {t('qualify.suggested', { value: t(`customer:background.${q.background}`, { defaultValue: q.background }) })}
                </Badge>
              )}
            </Group>
          }
          maw={360}
          data={backgrounds}
          value={background}
          onChange={(v) => v && setBackground(v)}
          allowDeselect={false}
          data-testid="qualify-background"
        />
        <CustomerChoice
          inquiry={inquiry}
          known={known}
          value={target}
          onChange={setChoice}
          picked={picked}
          onPick={setPicked}
        />
        {offerLanguage && (
          <Checkbox
            checked={adoptLanguage}
            onChange={(e) => setAdoptLanguage(e.currentTarget.checked)}
            label={t('qualify.adoptLanguage', { company: offerLanguage.company, language: names.language(inquiry.language) })}
            description={t('qualify.adoptLanguageHint', { current: names.language(offerLanguage.language), language: names.language(inquiry.language) })}
            data-testid="qualify-adopt-language"
          />
        )}
        {needsCountry && (
          <Select
            label={t('qualify.country')}
            description={t('qualify.countryHint')}
            maw={360}
            data={countries}
            value={country}
            onChange={setCountry}
            searchable
            filter={foldingFilter}
            required
            data-testid="qualify-country"
          />
        )}
        <Group>
          <Button
            leftSection={<IconCheck size={16} />}
            onClick={() => void confirm()}
            loading={saving}
            disabled={!customerId || (needsCountry && !country)}
            data-testid="qualify-confirm"
          >
            {level === q.level && background === (q.background ?? 'unknown') ? t('qualify.confirmSuggested') : t('qualify.confirmChanged')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={saving}>
              {t('common:actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

interface ChoiceProps {
  inquiry: InquiryRecord;
  known: Customer[] | undefined;
  value: string;
  onChange(value: string): void;
  picked: Customer | null;
  onPick(customer: Customer | null): void;
}

/** Link to a customer the book already has (matches first), another one searched for, or a new one. */
function CustomerChoice({ inquiry, known, value, onChange, picked, onPick }: ChoiceProps) {
  const { t } = useTranslation('inquiries');
  const names = useDisplayNames();
  const [search, setSearch] = useState('');
  const { results, searching } = useCustomerSearch(search, '');
  const describe = (c: Customer) => [c.country ? names.country(c.country) : '', c.level && t('level', { level: c.level }), c.emails[0]].filter(Boolean).join(' · ');
  const newName = senderTitle(inquiry) || t('unknownSender');
  return (
    <Radio.Group label={t('qualify.customer')} value={value} onChange={onChange} data-testid="qualify-customer">
      <Stack gap={6} mt={6}>
        {known === undefined && (
          <Text size="xs" c="dimmed">
            {t('qualify.lookingUp')}
          </Text>
        )}
        {known?.map((c) => (
          <Radio.Card key={c.id} value={c.id} p="xs" radius="md" data-testid={`qualify-known-${c.id}`}>
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator />
              <Stack gap={0} miw={0}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600} truncate="end">
                    {c.company}
                  </Text>
                  <Badge size="xs" variant="light" color="blue" style={{ flex: 'none' }}>
                    {t('qualify.inBook')}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" truncate="end">
                  {describe(c)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
        <Radio.Card value={NEW} p="xs" radius="md" data-testid="qualify-new-customer">
          <Group wrap="nowrap" gap="sm">
            <Radio.Indicator />
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={600}>
                {t('qualify.createNew')}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {newName}
              </Text>
            </Stack>
          </Group>
        </Radio.Card>
        <Radio.Card value={OTHER} p="xs" radius="md" data-testid="qualify-other-customer">
          <Group wrap="nowrap" gap="sm">
            <Radio.Indicator />
            <Text size="sm" fw={600}>
              {picked && value === OTHER ? t('qualify.otherPicked', { company: picked.company }) : t('qualify.other')}
            </Text>
          </Group>
        </Radio.Card>
        {value === OTHER && (
          <Stack gap={4} pl="md">
            <TextInput
              size="xs"
              leftSection={<IconSearch size={14} />}
              placeholder={t('qualify.searchPlaceholder')}
              aria-label={t('qualify.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="qualify-search"
              autoFocus
            />
            {searching && (
              <Text size="xs" c="dimmed">
                {t('qualify.searching')}
              </Text>
            )}
            {results?.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('qualify.noResults')}
              </Text>
            )}
            {results?.map((c) => (
              <Button
                key={c.id}
                variant={picked?.id === c.id ? 'light' : 'subtle'}
                size="compact-sm"
                justify="flex-start"
                onClick={() => onPick(c)}
                data-testid="qualify-search-result"
                data-id={c.id}
              >
                {c.company}
                <Text span size="xs" c="dimmed" ml={6}>
                  {describe(c)}
                </Text>
              </Button>
            ))}
          </Stack>
        )}
      </Stack>
    </Radio.Group>
  );
}
