import { Select, SimpleGrid, Switch, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMMON_CURRENCIES } from '../../letters/compose/templateInputs';
import { foldingFilter, useCountryOptions, useLanguageOptions } from '../../customers/page/selectOptions';
import type { ExtractedDraft } from './extractedDraft';

type ListKey = 'emails' | 'phones' | 'products' | 'models' | 'specs' | 'paymentTerms' | 'certificates';
type TextKey = 'company' | 'senderName' | 'website' | 'deliveryDate';

/** The correction form: one input per value, lists as tags (Enter adds one). */
export function ExtractedForm({ draft, onChange }: { draft: ExtractedDraft; onChange(next: ExtractedDraft): void }) {
  const { t } = useTranslation('inquiries');
  const countries = useCountryOptions();
  const languages = useLanguageOptions(draft.language);
  const set = <K extends keyof ExtractedDraft>(key: K, value: ExtractedDraft[K]) => onChange({ ...draft, [key]: value });
  const label = (key: string) => t(`extracted.field.${key}`);

  const textInput = (key: TextKey) => (
    <TextInput
      key={key}
      size="xs"
      label={label(key)}
      value={draft[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      data-testid={`extracted-input-${key}`}
    />
  );
  const listInput = (key: ListKey) => (
    <TagsInput
      key={key}
      size="xs"
      label={label(key)}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      acceptValueOnBlur
      clearable
      data-testid={`extracted-input-${key}`}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      {textInput('company')}
      {textInput('senderName')}
      {listInput('emails')}
      {listInput('phones')}
      {textInput('website')}
      <Select
        size="xs"
        label={label('country')}
        data={countries}
        value={draft.country || null}
        onChange={(v) => set('country', v ?? '')}
        searchable
        clearable
        filter={foldingFilter}
        data-testid="extracted-input-country"
      />
      <Select
        size="xs"
        label={label('language')}
        data={languages}
        value={draft.language || null}
        onChange={(v) => set('language', v ?? '')}
        searchable
        filter={foldingFilter}
        data-testid="extracted-input-language"
      />
      {listInput('products')}
      {listInput('models')}
      {listInput('specs')}
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          size="xs"
          label={label('quantity')}
          inputMode="decimal"
          value={draft.quantityAmount}
          onChange={(e) => set('quantityAmount', e.currentTarget.value)}
          data-testid="extracted-input-quantity"
        />
        <TextInput
          size="xs"
          label={t('extracted.field.unit')}
          value={draft.quantityUnit}
          onChange={(e) => set('quantityUnit', e.currentTarget.value)}
          data-testid="extracted-input-unit"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          size="xs"
          label={label('targetPrice')}
          inputMode="decimal"
          value={draft.priceAmount}
          onChange={(e) => set('priceAmount', e.currentTarget.value)}
          data-testid="extracted-input-price"
        />
        <Select
          size="xs"
          label={t('extracted.field.currency')}
          data={[...new Set([draft.priceCurrency, ...COMMON_CURRENCIES])].filter(Boolean)}
          value={draft.priceCurrency}
          onChange={(v) => set('priceCurrency', v ?? 'USD')}
          searchable
          data-testid="extracted-input-currency"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          size="xs"
          label={label('tradeTerm')}
          placeholder="FOB"
          value={draft.tradeTerm}
          onChange={(e) => set('tradeTerm', e.currentTarget.value)}
          data-testid="extracted-input-tradeTerm"
        />
        <TextInput
          size="xs"
          label={t('extracted.field.place')}
          value={draft.tradePlace}
          onChange={(e) => set('tradePlace', e.currentTarget.value)}
          data-testid="extracted-input-place"
        />
      </SimpleGrid>
      {listInput('paymentTerms')}
      {textInput('deliveryDate')}
      {listInput('certificates')}
      <Switch
        mt="md"
        label={label('sampleRequest')}
        checked={draft.sampleRequest}
        onChange={(e) => set('sampleRequest', e.currentTarget.checked)}
        data-testid="extracted-input-sampleRequest"
      />
      <Switch
        mt="md"
        label={label('oemOrPackaging')}
        checked={draft.oemOrPackaging}
        onChange={(e) => set('oemOrPackaging', e.currentTarget.checked)}
        data-testid="extracted-input-oemOrPackaging"
      />
    </SimpleGrid>
  );
}
