import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Two UI languages. Resources live in locales/<namespace>.<language>.json, one namespace per
 * feature, so features own their strings; a unit test checks both languages have the same keys.
 */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true });

function collectResources(): Record<UiLanguage, Record<string, Record<string, unknown>>> {
  const resources: Record<UiLanguage, Record<string, Record<string, unknown>>> = { en: {}, 'zh-CN': {} };
  for (const [path, module] of Object.entries(files)) {
    const match = /\/([\w-]+)\.(en|zh-CN)\.json$/.exec(path);
    if (!match) continue;
    const [, ns, lang] = match as unknown as [string, string, UiLanguage];
    resources[lang][ns] = module.default;
  }
  return resources;
}

export const NAMESPACES = [...new Set(Object.keys(files).map((p) => /\/([\w-]+)\.(?:en|zh-CN)\.json$/.exec(p)?.[1]))].filter(
  (ns): ns is string => Boolean(ns),
);

/** The first start follows the system language; later starts follow the saved choice. */
export function pickUiLanguage(saved: string | null | undefined, systemLanguages: readonly string[]): UiLanguage {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    resources: collectResources(),
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes text itself; escaping here too would show &lt; to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => (document.documentElement.lang = lng));
  return i18next;
}

export { i18next };
