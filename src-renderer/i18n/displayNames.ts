import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Country and language names in the UI language, from Intl.DisplayNames: no name tables of our
 * own to keep up to date.
 */
export function useDisplayNames(): { country(code: string): string; language(tag: string): string } {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    return {
      country: (code) => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
      language: (tag) => {
        try {
          return languages.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }, [lang]);
}
