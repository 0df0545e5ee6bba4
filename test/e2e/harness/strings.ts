import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n } from 'i18next';
import i18next from 'i18next';
import { LOCALES_DIR } from './paths';

export type UiLanguage = 'en' | 'zh-CN';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN'];

/**
 * The app's own strings, through i18next with the app's settings, so a spec finds a button by
 * the text the user reads in either language, plurals and placeholders included:
 * `tr('zh-CN', 'settings:language.title')`, `tr('en', 'comingSoon.title', { screen: 'Today' })`.
 */
function loadResources() {
  const resources: Record<string, Record<string, unknown>> = { en: {}, 'zh-CN': {} };
  const namespaces = new Set<string>();
  for (const file of readdirSync(LOCALES_DIR)) {
    const match = /^([\w-]+)\.(en|zh-CN)\.json$/.exec(file);
    if (!match) continue;
    const [, ns = '', lang = ''] = match;
    namespaces.add(ns);
    (resources[lang] as Record<string, unknown>)[ns] = JSON.parse(readFileSync(join(LOCALES_DIR, file), 'utf8'));
  }
  return { resources, namespaces: [...namespaces] };
}

const instances = new Map<UiLanguage, i18n>();

function instanceFor(lang: UiLanguage): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    const { resources, namespaces } = loadResources();
    instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      resources: resources as never,
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(lang, instance);
  }
  return instance;
}

/** The text the app shows for `key` in `lang`; throws when the key does not exist. */
export function tr(lang: UiLanguage, key: string, vars?: Record<string, unknown>): string {
  const instance = instanceFor(lang);
  if (!instance.exists(key, vars)) throw new Error(`No string ${key} in the locale files`);
  return (instance.t as unknown as (key: string, vars?: Record<string, unknown>) => string)(key, vars);
}
