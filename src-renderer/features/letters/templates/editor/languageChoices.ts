/**
 * Languages a variant can be added in: the pack's eight, the regional forms exporters meet most,
 * and other common buyer languages. Names come from Intl.DisplayNames in the UI language.
 */
export const VARIANT_LANGUAGES = [
  'en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh',
  'pt-BR', 'es-MX', 'en-US', 'en-GB', 'fr-CA', 'zh-TW',
  'it', 'nl', 'pl', 'tr', 'uk', 'cs', 'ro', 'hu', 'el', 'bg', 'sr', 'hr',
  'sv', 'da', 'fi', 'nb', 'he', 'fa', 'ur', 'hi', 'bn', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'sw', 'am',
] as const;
