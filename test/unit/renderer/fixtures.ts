import i18next, { type TFunction, type i18n } from 'i18next';
import type { Customer } from '../../../src-shared/customer/customer';

/**
 * Shared helpers for the renderer's unit tests: the app's own locale files behind a real i18next
 * (so a test reads what the salesperson reads), a customer record without the derived-field code,
 * and a way to pin the process time zone for functions that read the local clock.
 */

export type UiLanguage = 'en' | 'zh-CN';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../src-renderer/i18n/locales/*.json', {
  eager: true,
});

function resources(): Record<UiLanguage, Record<string, Record<string, unknown>>> {
  const out: Record<UiLanguage, Record<string, Record<string, unknown>>> = { en: {}, 'zh-CN': {} };
  for (const [path, module] of Object.entries(files)) {
    const match = /\/([\w-]+)\.(en|zh-CN)\.json$/.exec(path);
    if (match) out[match[2] as UiLanguage][match[1]!] = module.default;
  }
  return out;
}

/** An i18next instance set up like the app's (src-renderer/i18n/index.ts), minus React and the DOM. */
export async function i18nFor(language: UiLanguage): Promise<i18n> {
  const res = resources();
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    resources: res,
    ns: Object.keys(res.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export async function translator(language: UiLanguage): Promise<TFunction> {
  return (await i18nFor(language)).t;
}

/** A stored customer; the derived fields are plain literals so the test does not depend on them. */
export function storedCustomer(patch: Partial<Customer> = {}): Customer {
  return {
    id: 'cust-1',
    company: 'Acme Trading',
    website: 'acme.example',
    country: 'BR',
    city: 'São Paulo',
    contacts: [],
    language: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    level: 'C',
    background: 'importerWholesaler',
    stage: 'quoted',
    source: 'tradeFair',
    tags: ['LED'],
    products: ['Panel light'],
    notes: 'Met at Canton Fair.',
    createdAt: 1_000,
    updatedAt: 2_000,
    lastContactAt: 3_000,
    nextFollowUpAt: 4_000,
    emails: [],
    domain: 'acme.example',
    nameKey: 'acme',
    ...patch,
  };
}

/**
 * Puts the process in this IANA zone for the rest of the test file (Node re-reads TZ when it is
 * assigned), at once so that tables built while the file is collected see it too, and puts the
 * previous zone back when the file is done.
 */
export function inTimeZone(zone: string, afterAll: (fn: () => void) => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
