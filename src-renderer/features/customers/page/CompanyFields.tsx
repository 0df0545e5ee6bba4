import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from './FieldErrors';
import type { FormSectionProps } from './formTypes';
import { foldingFilter, useCountryOptions, useLanguageOptions, useTimeZoneOptions } from './selectOptions';

/** Who and where: company, website, country, city, language and time zone. */
export function CompanyFields({ draft, dispatch, issues, autoFocus }: FormSectionProps & { autoFocus?: boolean }) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const countries = useCountryOptions();
  const languages = useLanguageOptions(draft.language);
  const zones = useTimeZoneOptions(draft.timeZone);
  const set = (field: 'company' | 'website' | 'city', value: string) => dispatch({ type: 'set', field, value });
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <TextInput
        label={t('customer:field.company')}
        placeholder={t('form.companyPlaceholder')}
        required
        autoFocus={autoFocus}
        value={draft.company}
        onChange={(e) => set('company', e.currentTarget.value)}
        error={fieldError(issues, 'company')}
        data-testid="field-company"
        style={{ gridColumn: '1 / -1' }}
      />
      <TextInput
        label={t('customer:field.website')}
        placeholder="example.com"
        value={draft.website}
        onChange={(e) => set('website', e.currentTarget.value)}
        error={fieldError(issues, 'website')}
        data-testid="field-website"
      />
      <Select
        label={t('customer:field.country')}
        placeholder={t('form.countryPlaceholder')}
        required
        searchable
        filter={foldingFilter}
        selectFirstOptionOnChange
        autoSelectOnBlur
        data={countries}
        value={draft.country || null}
        onChange={(v) => dispatch({ type: 'country', value: v ?? '' })}
        nothingFoundMessage={t('form.nothingFound')}
        error={fieldError(issues, 'country')}
        data-testid="field-country"
      />
      <TextInput
        label={t('customer:field.city')}
        value={draft.city}
        onChange={(e) => set('city', e.currentTarget.value)}
        error={fieldError(issues, 'city')}
        data-testid="field-city"
      />
      <Select
        label={t('customer:field.language')}
        description={draft.languageByHand ? undefined : t('form.followsCountry')}
        searchable
        filter={foldingFilter}
        selectFirstOptionOnChange
        autoSelectOnBlur
        data={languages}
        value={draft.language || null}
        onChange={(v) => v && dispatch({ type: 'language', value: v })}
        allowDeselect={false}
        nothingFoundMessage={t('form.nothingFound')}
        error={fieldError(issues, 'language')}
        data-testid="field-language"
      />
      <Select
        label={t('customer:field.timeZone')}
        description={draft.timeZoneByHand ? undefined : t('form.followsCountry')}
        placeholder={t('form.timeZonePlaceholder')}
        searchable
        filter={foldingFilter}
        selectFirstOptionOnChange
        autoSelectOnBlur
        data={zones}
        value={draft.timeZone || null}
        onChange={(v) => v && dispatch({ type: 'timeZone', value: v })}
        allowDeselect={false}
        nothingFoundMessage={t('form.nothingFound')}
        error={fieldError(issues, 'timeZone')}
        data-testid="field-timeZone"
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}
