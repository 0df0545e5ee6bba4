import { beforeAll, describe, expect, it } from 'vitest';
import { DataError, db, deleteSegment, getSetting, openDatabase, renameSegment, saveSegment, setSetting, updateSegmentFilter } from '../../src-renderer/data';

beforeAll(() => {
  openDatabase('test-segments');
});

const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as DataError).code;

describe('segments', () => {
  it('saves a trimmed name with a normalised filter', async () => {
    const saved = await saveSegment('  Brazil wholesalers ', { countries: ['BR', 'BR'], levels: [], backgrounds: ['importerWholesaler'] }, 5);
    expect(saved).toMatchObject({ name: 'Brazil wholesalers', filter: { countries: ['BR'], backgrounds: ['importerWholesaler'] }, createdAt: 5 });
    expect(await db.segments.get(saved.id)).toEqual(saved);
  });

  it('refuses a missing, too long or taken name (any case), writing nothing', async () => {
    const before = await db.segments.count();
    expect(await codeOf(saveSegment('   ', {}))).toBe('segmentNameMissing');
    expect(await codeOf(saveSegment('x'.repeat(81), {}))).toBe('segmentNameTooLong');
    expect(await codeOf(saveSegment('BRAZIL WHOLESALERS', {}))).toBe('segmentNameTaken');
    const error = (await saveSegment('brazil wholesalers', {}).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.params).toEqual({ name: 'Brazil wholesalers' });
    expect(await db.segments.count()).toBe(before);
  });

  it('renames (keeping its own name in another case is fine), updates and deletes', async () => {
    const a = await saveSegment('VIP', { tags: ['vip'] });
    const b = await saveSegment('Gulf', { countries: ['SA', 'AE'] });
    await renameSegment(a.id, 'vip');
    expect((await db.segments.get(a.id))?.name).toBe('vip');
    expect(await codeOf(renameSegment(b.id, 'VIP'))).toBe('segmentNameTaken');
    expect(await codeOf(renameSegment('nope', 'Other'))).toBe('notFound');
    await updateSegmentFilter(b.id, { countries: ['AE', 'SA', 'QA'] });
    expect((await db.segments.get(b.id))?.filter).toEqual({ countries: ['AE', 'QA', 'SA'] });
    await deleteSegment(a.id);
    expect(await db.segments.get(a.id)).toBeUndefined();
  });
});

describe('settings', () => {
  it('returns the fallback until set, then the value', async () => {
    expect(await getSetting('language', 'en')).toBe('en');
    await setSetting('language', 'zh-CN');
    expect(await getSetting('language', 'en')).toBe('zh-CN');
    await setSetting('levels', [{ code: 'A', meaning: 'ordering' }]);
    expect(await getSetting('levels', [])).toEqual([{ code: 'A', meaning: 'ordering' }]);
    await setSetting('firstRunDone', false);
    expect(await getSetting('firstRunDone', true)).toBe(false);
  });
});
