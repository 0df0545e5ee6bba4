import { describe, expect, it } from 'vitest';
import { SegmentIndex, foldForSearch } from '../../../src-shared/segment';
import { row } from './rows';

const SORT = { key: 'company', dir: 'asc' } as const;

function book() {
  return new SegmentIndex([
    row('garcia', { company: 'Garcia Import SL', contactNames: ['Pedro Ruiz'], emails: ['pedro@garcia-import.es'], domain: 'garcia-import.es' }),
    row('maria', { company: 'Levante Luz S.L.', contactNames: ['María García'], emails: ['maria@levante.es'], domain: 'levante.es' }),
    row('muller', { company: 'Müller Leuchten GmbH', contactNames: ['Jörg Weiß'], emails: ['j.weiss@mueller-licht.de'], domain: 'mueller-licht.de' }),
    row('sz', { company: '深圳光明照明有限公司', contactNames: ['王小明'], emails: ['wang@gm-light.cn'], domain: 'gm-light.cn' }),
    row('hk', { company: '恆達貿易有限公司', contactNames: ['Chan Ka Ming'], emails: ['kaming@hangtat.com.hk'] }),
    row('jp', { company: '株式会社ひかり電機', contactNames: ['Tanaka Hiroshi'], emails: ['tanaka@hikari-denki.co.jp'] }),
    row('kr', { company: '한빛조명 주식회사', contactNames: ['Kim Min-jun'], emails: ['minjun@hanbit.co.kr'] }),
    row('free', { company: 'Solo Trader', contactNames: ['Ana'], emails: ['garcia.ana77@gmail.com'] }),
  ]);
}

const find = (search: string) => book().query({ search }, SORT).ids.sort();

describe('search', () => {
  it('matches the start of any word of company, contact, email or domain', () => {
    expect(find('gar')).toEqual(['free', 'garcia', 'maria']);
    expect(find('import')).toEqual(['garcia']);
    expect(find('ruiz')).toEqual(['garcia']);
    expect(find('levante')).toEqual(['maria']);
    expect(find('mueller')).toEqual(['muller']);
  });

  it('does not match inside a word of a company or a name', () => {
    expect(find('arcia')).toEqual(['free', 'garcia']); // email substrings only, not "García"
    expect(find('euchten')).toEqual([]);
  });

  it('ignores case and accents, both ways', () => {
    expect(find('MARIA')).toEqual(['maria']);
    expect(find('garcía')).toEqual(['free', 'garcia', 'maria']);
    expect(find('muller')).toEqual(['muller']);
    expect(find('weiss')).toEqual(['muller']);
    expect(find('JÖRG')).toEqual(['muller']);
  });

  it('finds any substring of three characters or more in an email address or domain', () => {
    expect(find('cia@gar')).toEqual([]);
    expect(find('ia.')).toEqual(['free']);
    expect(find('ia')).toEqual([]);
    expect(find('ro@garcia-im')).toEqual(['garcia']);
    expect(find('@gmail')).toEqual(['free']);
    expect(find('ana77')).toEqual(['free']);
    expect(find('-licht.d')).toEqual(['muller']);
  });

  it('needs every term to match', () => {
    expect(find('garcia maria')).toEqual(['maria']);
    expect(find('garcia pedro')).toEqual(['garcia']);
    expect(find('garcia nobody')).toEqual([]);
  });

  it('matches CJK names by prefix and by substring of the whole name', () => {
    expect(find('深圳')).toEqual(['sz']);
    expect(find('照明')).toEqual(['sz']);
    expect(find('有限公司')).toEqual(['hk', 'sz']);
    expect(find('小明')).toEqual(['sz']);
    expect(find('ひかり')).toEqual(['jp']);
    expect(find('電機')).toEqual(['jp']);
    expect(find('한빛')).toEqual(['kr']);
    expect(find('조명')).toEqual(['kr']);
    expect(find('hiroshi')).toEqual(['jp']);
  });

  it('treats a blank search as no search', () => {
    expect(find('   ')).toHaveLength(8);
  });

  it('folds full-width letters and special letters', () => {
    expect(foldForSearch('ＧＡＲＣＩＡ')).toBe('garcia');
    expect(foldForSearch('Straße Øresund Łódź')).toBe('strasse oresund lodz');
    expect(foldForSearch('İSTANBUL')).toBe('istanbul');
  });

  it('sees edits to the searchable text and forgets removed customers', () => {
    const index = book();
    expect(index.query({ search: 'gar' }, SORT).total).toBe(3);
    index.upsert(row('garcia', { company: 'Ruiz Hermanos SL', emails: ['pedro@ruiz.es'], domain: 'ruiz.es' }));
    expect(index.query({ search: 'gar' }, SORT).ids.sort()).toEqual(['free', 'maria']);
    expect(index.query({ search: 'hermanos' }, SORT).ids).toEqual(['garcia']);
    index.remove('maria');
    expect(index.query({ search: 'gar' }, SORT).ids).toEqual(['free']);
  });
});
