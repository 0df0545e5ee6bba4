import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Both UI languages must say the same things: every locales/<ns>.en.json has a <ns>.zh-CN.json
 * with the same keys, no empty strings, and the same {{placeholders}}. Plural forms are compared
 * as one key ("count_#plural"), since Chinese needs only `_other` where English needs `_one` and
 * `_other`; each language must have the forms its own plural rules use.
 */
const dir = resolve(__dirname, '../../../src-renderer/i18n/locales');
const LANGUAGES = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGUAGES)[number];
const PLURAL = /_(zero|one|two|few|many|other)$/;

interface Leaf {
  path: string;
  value: unknown;
}

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [{ path: prefix, value: node }];
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();

/** The key with its plural suffix folded, and the plural category if any. */
function fold(path: string): { key: string; category: string | null } {
  const m = PLURAL.exec(path);
  return m ? { key: path.replace(PLURAL, '_#plural'), category: m[1] ?? null } : { key: path, category: null };
}

interface NamespaceStrings {
  /** folded key → placeholders used by any of its forms */
  keys: Map<string, Set<string>>;
  /** folded plural key → categories present */
  plurals: Map<string, Set<string>>;
  problems: string[];
}

function load(file: string, lang: Lang): NamespaceStrings {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    return { keys: new Map(), plurals: new Map(), problems: [`${file}: not valid JSON (${String(err)})`] };
  }
  const keys = new Map<string, Set<string>>();
  const plurals = new Map<string, Set<string>>();
  for (const { path, value } of leaves(json)) {
    if (typeof value !== 'string') {
      problems.push(`${file}: ${path} is ${JSON.stringify(value)}, not a string`);
      continue;
    }
    if (value.trim() === '') problems.push(`${file}: ${path} is empty`);
    if (path.split('.').some((segment) => segment === '')) problems.push(`${file}: ${JSON.stringify(path)} has an empty key`);
    const { key, category } = fold(path);
    const set = keys.get(key) ?? new Set<string>();
    for (const p of placeholders(value)) set.add(p);
    keys.set(key, set);
    if (category) plurals.set(key, (plurals.get(key) ?? new Set()).add(category));
  }
  for (const [key, categories] of plurals) {
    for (const needed of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
      if (!categories.has(needed)) problems.push(`${file}: ${key.replace('_#plural', `_${needed}`)} is missing (${lang} plural rules need it)`);
    }
  }
  return { keys, plurals, problems };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const namespaces = [...new Set(files.map((f) => /^([\w-]+)\.(en|zh-CN)\.json$/.exec(f)?.[1] ?? `(badly named: ${f})`))].sort();

describe('locale files', () => {
  it('are all named <namespace>.<en|zh-CN>.json', () => {
    expect(files.filter((f) => !/^[\w-]+\.(en|zh-CN)\.json$/.test(f))).toEqual([]);
  });

  it('exist for common, the default namespace', () => {
    expect(namespaces).toContain('common');
  });

  it('come in pairs: every namespace in both languages', () => {
    const missing = namespaces.flatMap((ns) =>
      LANGUAGES.filter((lang) => !files.includes(`${ns}.${lang}.json`)).map((lang) => `${ns}.${lang}.json is missing`),
    );
    expect(missing).toEqual([]);
  });
});

describe.each(namespaces.filter((ns) => !ns.startsWith('(')))('namespace %s', (ns) => {
  const en = load(`${ns}.en.json`, 'en');
  const zh = load(`${ns}.zh-CN.json`, 'zh-CN');

  it('has no empty or non-string values, and every plural form each language needs', () => {
    expect([...en.problems, ...zh.problems]).toEqual([]);
  });

  it('has the same keys in English and Chinese', () => {
    const onlyIn = (a: NamespaceStrings, b: NamespaceStrings, name: string) =>
      [...a.keys.keys()].filter((k) => !b.keys.has(k)).map((k) => `only in ${name}: ${k}`);
    expect([...onlyIn(en, zh, `${ns}.en.json`), ...onlyIn(zh, en, `${ns}.zh-CN.json`)]).toEqual([]);
  });

  it('uses the same {{placeholders}} for each key', () => {
    const differences: string[] = [];
    for (const [key, enVars] of en.keys) {
      const zhVars = zh.keys.get(key);
      if (!zhVars) continue;
      const a = [...enVars].sort().join(', ');
      const b = [...zhVars].sort().join(', ');
      if (a !== b) differences.push(`${key}: en has {${a}}, zh-CN has {${b}}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('the parity check itself', () => {
  it('finds placeholders, with formats and spaces', () => {
    expect(placeholders('{{count}} customers, {{ name }}, {{date, datetime}}, {{- raw}}')).toEqual(['count', 'date', 'name', 'raw']);
  });
  it('folds plural forms into one key', () => {
    expect(fold('settings.customerCount_one')).toEqual({ key: 'settings.customerCount_#plural', category: 'one' });
    expect(fold('settings.customerCount')).toEqual({ key: 'settings.customerCount', category: null });
  });
  it('knows which plural forms each language needs', () => {
    expect(new Intl.PluralRules('en').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect(new Intl.PluralRules('zh-CN').resolvedOptions().pluralCategories).toEqual(['other']);
  });
});
