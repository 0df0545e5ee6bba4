import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DataError,
  type TemplateDraft,
  db,
  deleteTemplate,
  ensureDefaultTemplates,
  getSetting,
  getTemplate,
  listTemplates,
  loadDefaultPack,
  openDatabase,
  restoreDefaultTemplates,
  saveTemplate,
} from '../../../src-renderer/data';
import { readdirSync } from 'node:fs';
import { TEMPLATE_KINDS } from '../../../src-shared/letters/types';
import { templateSchema } from '../../../src-renderer/data/letters/templateSchema';

beforeAll(() => {
  openDatabase('test-letters-templates');
});

const draft = (overrides: Partial<TemplateDraft> = {}): TemplateDraft => ({
  kind: 'custom',
  name: { en: 'My trade-show follow-up', 'zh-CN': '展会跟进' },
  description: { en: 'After the Canton Fair', 'zh-CN': '广交会之后' },
  suggest: {},
  inputs: [{ key: 'fair.booth', type: 'text', label: { en: 'Booth', 'zh-CN': '展位' }, required: false }],
  variants: { en: { subject: 'Nice to meet you, {{contact.firstName}}', html: '<p>{{salutation}}</p>' } },
  fallbackLanguage: 'en',
  builtIn: false,
  ...overrides,
});

const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as DataError).code;

describe('the default pack', () => {
  it('loads every template of resources/templates as built-in, each with its languages', async () => {
    const pack = await loadDefaultPack(42);
    expect(pack.length).toBeGreaterThanOrEqual(1);
    const folders = readdirSync('resources/templates', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(pack.map((t) => t.id).sort()).toEqual(folders.sort());
    for (const t of pack) {
      expect(t.builtIn).toBe(true);
      expect(t.updatedAt).toBe(42);
      expect(TEMPLATE_KINDS).toContain(t.kind);
      expect(t.variants[t.fallbackLanguage]).toBeDefined();
      // The editor can save every built-in template as it is.
      expect(templateSchema.safeParse(t).error).toBeUndefined();
      for (const variant of Object.values(t.variants)) {
        expect(variant.subject.trim()).not.toBe('');
        expect(variant.html.trim()).not.toBe('');
      }
    }
  });

  it('ensureDefaultTemplates seeds once, and never again once seeded (even when emptied)', async () => {
    const pack = await loadDefaultPack();
    expect(await ensureDefaultTemplates(100)).toBe(pack.length);
    expect(await db.templates.count()).toBe(pack.length);
    expect(await getSetting('templatesSeeded', 0)).toBe(100);
    expect(await ensureDefaultTemplates(200)).toBe(0);

    await db.templates.clear();
    expect(await ensureDefaultTemplates(300)).toBe(0);
    expect(await db.templates.count()).toBe(0);
  });

  it('two windows seeding at once store the pack once', async () => {
    await db.settings.delete('templatesSeeded');
    const [a, b] = await Promise.all([ensureDefaultTemplates(), ensureDefaultTemplates()]);
    expect(a + b).toBe((await loadDefaultPack()).length);
  });

  it('restoreDefaultTemplates rewrites the built-in templates and keeps the user’s own', async () => {
    const pack = await loadDefaultPack();
    const builtIn = pack[0]!;
    await saveTemplate({ ...builtIn, variants: { ...builtIn.variants, [builtIn.fallbackLanguage]: { subject: 'Edited', html: '<p>x</p>' } } });
    if (pack[1]) await deleteTemplate(pack[1].id);
    const mine = await saveTemplate(draft());

    expect(await restoreDefaultTemplates(500)).toBe(pack.length);
    expect((await getTemplate(builtIn.id))?.variants).toEqual(builtIn.variants);
    if (pack[1]) expect(await getTemplate(pack[1].id)).toBeDefined();
    expect(await getTemplate(mine.id)).toEqual(mine);
    expect(await db.templates.count()).toBe(pack.length + 1);
  });
});

describe('templates', () => {
  it('saves a new template with an id and the save time, and lists by kind', async () => {
    const saved = await saveTemplate(draft(), 1_000);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.updatedAt).toBe(1_000);
    expect(await getTemplate(saved.id)).toEqual(saved);

    const edited = await saveTemplate({ ...saved, name: { en: 'Renamed', 'zh-CN': '改名' } }, 2_000);
    expect(edited).toMatchObject({ id: saved.id, updatedAt: 2_000, name: { en: 'Renamed' } });

    const list = await listTemplates();
    const ranks = list.map((t) => TEMPLATE_KINDS.indexOf(t.kind));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(list.map((t) => t.id)).toContain(saved.id);

    await deleteTemplate(saved.id);
    expect(await getTemplate(saved.id)).toBeUndefined();
  });

  it('refuses a malformed template, naming the field, and stores nothing', async () => {
    const before = await db.templates.count();
    const cases: Array<[unknown, string]> = [
      [{ ...draft(), kind: 'spam' }, 'kind'],
      [{ ...draft(), variants: {} }, 'variants'],
      [{ ...draft(), variants: { 'not a tag!': { subject: 's', html: 'h' } } }, 'variants.not a tag!'],
      [{ ...draft(), variants: { en: { subject: 's', html: 'x'.repeat(300 * 1024) } } }, 'variants.en.html'],
      [{ ...draft(), fallbackLanguage: 'de' }, 'fallbackLanguage'],
      [{ ...draft(), inputs: [{ key: '__proto__.x y', type: 'text', label: { en: '', 'zh-CN': '' }, required: true }] }, 'inputs.0.key'],
      [{ ...draft(), name: { en: '', 'zh-CN': '' } }, 'name'],
    ];
    for (const [input, field] of cases) {
      const error = (await saveTemplate(input as TemplateDraft).catch((e: unknown) => e)) as DataError;
      expect(error.code, field).toBe('invalidTemplate');
      expect(error.params?.field).toBe(field);
    }
    expect(await codeOf(saveTemplate({ ...draft(), builtIn: 'yes' } as unknown as TemplateDraft))).toBe('invalidTemplate');
    expect(await db.templates.count()).toBe(before);
  });
});
