import { DatesProvider, DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';

const FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** Next follow-up, with one-click presets: follow-ups are usually "in a few days, morning". */
export function FollowUpPicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
  error?: ReactNode;
}) {
  const { t, i18n } = useTranslation(['customerPage', 'customer']);
  const presets = useMemo(() => {
    const morning = (d: dayjs.Dayjs) => d.hour(9).minute(0).second(0).format(FORMAT);
    const today = dayjs();
    return [
      { value: morning(today.add(1, 'day')), label: t('form.followUp.tomorrow') },
      { value: morning(today.add(3, 'day')), label: t('form.followUp.in3days') },
      { value: morning(today.add(1, 'week')), label: t('form.followUp.in1week') },
      { value: morning(today.add(2, 'week')), label: t('form.followUp.in2weeks') },
      { value: morning(today.add(1, 'month')), label: t('form.followUp.in1month') },
    ];
  }, [t]);
  return (
    <DatesProvider settings={{ locale: i18n.language === 'zh-CN' ? 'zh-cn' : 'en' }}>
      <DateTimePicker
        label={t('customer:field.nextFollowUpAt')}
        placeholder={t('form.followUp.placeholder')}
        description={t('form.followUp.description')}
        valueFormat="YYYY-MM-DD HH:mm"
        clearable
        presets={presets}
        defaultTimeValue="09:00"
        value={value === null ? null : new Date(value)}
        onChange={(v) => onChange(v ? dayjs(v).valueOf() : null)}
        error={error}
        data-testid="field-nextFollowUpAt"
      />
    </DatesProvider>
  );
}
