import { Select, SimpleGrid, TagsInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BACKGROUNDS, SOURCES, STAGES } from '../../../../src-shared/customer/vocabulary';
import { useFacetCounts } from '../../../data';
import { useLevelOptions } from '../../settings/levelScale';
import type { CustomerDraft } from './customerDraft';
import { fieldError } from './FieldErrors';
import { FollowUpPicker } from './FollowUpPicker';
import type { FormSectionProps } from './formTypes';
import { useVocabularyOptions } from './selectOptions';

const NO_FILTER = {};

/** How the salesperson sees the customer: level, background, stage, source, tags, products, notes. */
export function ClassificationFields({ draft, dispatch, issues }: FormSectionProps) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const levelOptions = useLevelOptions();
  const levels = levelOptions.some((o) => o.value === draft.level) || !draft.level
    ? levelOptions
    : [{ value: draft.level, label: draft.level }, ...levelOptions];
  const backgrounds = useVocabularyOptions('background', BACKGROUNDS, draft.background);
  const stages = useVocabularyOptions('stage', STAGES, draft.stage);
  const sources = useVocabularyOptions('source', SOURCES, draft.source);
  // Tags already in the book, so "Spain-distributors" is not typed three ways.
  const facets = useFacetCounts(NO_FILTER);
  const knownTags = Object.keys(facets?.tags ?? {}).sort();
  const set = <K extends Exclude<keyof CustomerDraft, 'contacts' | 'country' | 'timeZone' | 'language'>>(field: K, value: CustomerDraft[K]) =>
    dispatch({ type: 'set', field, value });
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <Select
        label={t('customer:field.level')}
        data={levels}
        value={draft.level || null}
        onChange={(v) => v && set('level', v)}
        allowDeselect={false}
        error={fieldError(issues, 'level')}
        data-testid="field-level"
      />
      <Select
        label={t('customer:field.stage')}
        data={stages}
        value={draft.stage || null}
        onChange={(v) => v && set('stage', v)}
        allowDeselect={false}
        error={fieldError(issues, 'stage')}
        data-testid="field-stage"
      />
      <Select
        label={t('customer:field.background')}
        data={backgrounds}
        value={draft.background || null}
        onChange={(v) => v && set('background', v)}
        allowDeselect={false}
        error={fieldError(issues, 'background')}
        data-testid="field-background"
      />
      <Select
        label={t('customer:field.source')}
        data={sources}
        value={draft.source || null}
        onChange={(v) => v && set('source', v as CustomerDraft['source'])}
        allowDeselect={false}
        error={fieldError(issues, 'source')}
        data-testid="field-source"
      />
      <TagsInput
        label={t('customer:field.tags')}
        placeholder={t('form.tagsPlaceholder')}
        data={knownTags}
        value={draft.tags}
        onChange={(v) => set('tags', v)}
        splitChars={[',', '，', ';']}
        clearable
        error={fieldError(issues, 'tags', true)}
        data-testid="field-tags"
      />
      <TagsInput
        label={t('customer:field.products')}
        placeholder={t('form.productsPlaceholder')}
        value={draft.products}
        onChange={(v) => set('products', v)}
        splitChars={[',', '，', ';']}
        clearable
        error={fieldError(issues, 'products', true)}
        data-testid="field-products"
      />
      <FollowUpPicker
        value={draft.nextFollowUpAt}
        onChange={(v) => set('nextFollowUpAt', v)}
        error={fieldError(issues, 'nextFollowUpAt')}
      />
      <div />
      <Textarea
        label={t('customer:field.notes')}
        placeholder={t('form.notesPlaceholder')}
        autosize
        minRows={3}
        maxRows={12}
        value={draft.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={fieldError(issues, 'notes')}
        data-testid="field-notes"
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}
