import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A customer field's name in the UI language ("Email", "邮箱"), for mapping and error lists. */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation(['customer', 'import']);
  return useCallback(
    (field: string) => t(`customer:field.${field}`, { defaultValue: t(`import:field.${field}`, { defaultValue: field }) }),
    [t],
  );
}
