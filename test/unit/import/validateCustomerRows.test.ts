import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../src-shared/customer/customer';
import { mapCustomerColumns, validateCustomerRows, type RowValidationOptions } from '../../../src-shared/import';

const NOW = Date.UTC(2025, 2, 14);

/** Validates rows given under readable headers. */
function check(headers: string[], rows: string[][], options: RowValidationOptions = {}) {
  return validateCustomerRows(rows, mapCustomerColumns(headers), { now: NOW, ...options });
}

const H = ['Company', 'Contact', 'Email', 'Phone', 'Country'];

describe('validateCustomerRows: a good row', () => {
  it('becomes a complete CustomerInput with defaults from the country', () => {
    const { valid, errors } = check(H, [['Acme Trading Co., Ltd.', 'John Smith', 'John@Acme.COM', '(212) 555-0123', 'USA']]);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        row: 1,
        customer: {
          company: 'Acme Trading Co., Ltd.',
          website: '',
          country: 'US',
          city: '',
          contacts: [{ name: 'John Smith', title: '', emails: ['john@acme.com'], phones: ['+12125550123'], whatsapp: '' }],
          language: 'en',
          timeZone: 'America/New_York',
          level: 'D',
          background: 'unknown',
          stage: 'newInquiry',
          source: 'other',
          tags: [],
          products: [],
          notes: '',
          lastContactAt: null,
          nextFollowUpAt: null,
        },
      },
    ]);
    expect(customerInputSchema.safeParse(valid[0]?.customer).success).toBe(true);
  });

  it('reads every field, with synonyms in English and Chinese', () => {
    const headers = [
      '公司名称', '名', '姓', '职位', '邮箱', '手机', 'WhatsApp', '网址', '国家', '城市', '语言', '时区', '等级', '客户类型',
      '阶段', '来源', '标签', '意向产品', '备注', '最后联系', '下次跟进',
    ];
    const row = [
      '  深圳华强贸易有限公司 ', '伟', '张', '采购经理', 'zhang@hq-trade.cn; wei@hq-trade.cn,ZHANG@hq-trade.cn', '138 0013 8000',
      '8613800138000', 'www.hq-trade.cn', '中国', '深圳', 'zh-cn', 'asia/shanghai', 'b', '批发商', '已报价', '广交会',
      'VIP、老客户，VIP', 'LED bulb, 9W; solar lamp', '第一行\r\n第二行', '2024/03/05', '2025-04-01',
    ];
    const { valid, errors } = check(headers, [row]);
    expect(errors).toEqual([]);
    expect(valid[0]?.customer).toEqual({
      company: '深圳华强贸易有限公司',
      website: 'www.hq-trade.cn',
      country: 'CN',
      city: '深圳',
      contacts: [
        {
          name: '张伟',
          title: '采购经理',
          emails: ['zhang@hq-trade.cn', 'wei@hq-trade.cn'],
          phones: ['+8613800138000'],
          whatsapp: '+8613800138000',
        },
      ],
      language: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      level: 'B',
      background: 'importerWholesaler',
      stage: 'quoted',
      source: 'tradeFair',
      tags: ['VIP', '老客户'],
      products: ['LED bulb, 9W', 'solar lamp'],
      notes: '第一行\n第二行',
      lastContactAt: new Date(2024, 2, 5).getTime(),
      nextFollowUpAt: new Date(2025, 3, 1).getTime(),
    });
  });

  it.each([
    ['Wholesaler', 'background', 'importerWholesaler'], ['Importer', 'background', 'importerWholesaler'],
    ['Retailer', 'background', 'smallRetailer'], ['Amazon seller', 'background', 'ecommerce'], ['跨境电商', 'background', 'ecommerce'],
    ['manufacturer', 'background', 'manufacturer'], ['Alibaba', 'source', 'alibaba'], ['阿里巴巴', 'source', 'alibaba'],
    ['询盘', 'source', 'alibaba'], ['Trade fair', 'source', 'tradeFair'], ['展会', 'source', 'tradeFair'],
    ['Canton Fair', 'source', 'tradeFair'], ['海关数据', 'source', 'customsData'], ['推荐', 'source', 'referral'],
    ['customsData', 'source', 'customsData'], ['First order', 'stage', 'firstOrder'], ['样品', 'stage', 'sample'],
    ['repeatOrder', 'stage', 'repeatOrder'],
  ])('reads %s as %s %s', (text, field, code) => {
    const { valid, errors } = check(['Company', 'Country', field], [['Acme', 'DE', text]]);
    expect(errors).toEqual([]);
    expect(valid[0]?.customer).toMatchObject({ [field]: code });
  });

  it('uses the given defaults and level scale', () => {
    const { valid, errors } = check(['Company', 'Country', 'Level'], [['Acme', '', '3'], ['Beta', 'FR', '']], {
      levels: ['0', '1', '2', '3', '4', '5'],
      defaults: { country: 'DE', level: '1', source: 'customsData', tags: ['import 2025'] },
    });
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.customer.country, v.customer.level, v.customer.source, v.customer.tags, v.customer.language])).toEqual([
      ['DE', '3', 'customsData', ['import 2025'], 'de'],
      ['FR', '1', 'customsData', ['import 2025'], 'fr'],
    ]);
  });

  it('falls back to the contact name when there is no company', () => {
    const { valid } = check(['Company', 'First Name', 'Last Name', 'Phone'], [['', 'Maria', 'Silva', '+55 11 91234-5678']]);
    expect(valid[0]?.customer).toMatchObject({ company: 'Maria Silva', country: 'BR' });
  });

  it('accepts ISO timestamps, Excel serial numbers and Chinese dates', () => {
    const { valid, errors } = check(['Company', 'Country', 'Last Contact', 'Next Follow-up'], [
      ['A', 'DE', '2024-03-05T10:30:00.000Z', '45356'],
      ['B', 'DE', '2024年3月5日', '2024.03.05 14:30'],
    ]);
    expect(errors).toEqual([]);
    expect(valid[0]?.customer.lastContactAt).toBe(Date.UTC(2024, 2, 5, 10, 30));
    expect(valid[0]?.customer.nextFollowUpAt).toBe(new Date(2024, 2, 5).getTime());
    expect(valid[1]?.customer.lastContactAt).toBe(new Date(2024, 2, 5).getTime());
    expect(valid[1]?.customer.nextFollowUpAt).toBe(new Date(2024, 2, 5, 14, 30).getTime());
  });

  it('keeps markup in a name as text, but strips control characters', () => {
    const { valid, errors } = check(H, [['<script>alert(1)</script>\u0000 Ltd\u202E', 'Bob\u0007 <b>Lee</b>', '', '', 'GB']]);
    expect(errors).toEqual([]);
    expect(valid[0]?.customer.company).toBe('<script>alert(1)</script> Ltd');
    expect(valid[0]?.customer.contacts[0]?.name).toBe('Bob <b>Lee</b>');
  });

  it("removes our export's formula guard", () => {
    const { valid } = check(['Company', 'Country', 'Notes'], [["'=Acme", 'DE', "'+1 note"]]);
    expect(valid[0]?.customer).toMatchObject({ company: '=Acme', notes: '+1 note' });
  });
});

describe('validateCustomerRows: errors', () => {
  it('numbers rows from 1 and names row, field, code and value', () => {
    const { valid, errors } = check(H, [
      ['Good GmbH', '', 'info@good.de', '', 'DE'],
      ['Bad GmbH', '', 'not-an-email', '', 'DE'],
    ]);
    expect(valid.map((v) => v.row)).toEqual([1]);
    expect(errors).toEqual([
      {
        row: 2,
        field: 'email',
        code: 'emailInvalid',
        params: { value: 'not-an-email' },
        message: '“not-an-email” is not a valid email address.',
      },
    ]);
  });

  it('reports every problem of a row, not only the first', () => {
    const { errors } = check(['Company', 'Email', 'Country', 'Level', 'Stage', 'Website', 'Time Zone'], [
      ['', 'a@b', 'Atlantis', 'Z', 'Dreaming', 'not a site', 'Mars/Olympus'],
    ]);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['company', 'companyMissing'],
      ['email', 'emailInvalid'],
      ['country', 'countryUnknown'],
      ['website', 'websiteInvalid'],
      ['timeZone', 'timeZoneInvalid'],
      ['level', 'levelInvalid'],
      ['stage', 'stageUnknown'],
    ]);
    expect(errors.find((e) => e.code === 'levelInvalid')?.params).toEqual({ value: 'Z', levels: 'A, B, C, D, E' });
  });

  it('checks each phone against the country and names the bad one', () => {
    const { errors } = check(H, [['Acme', '', '', '+1 212 555 0123; 12345', 'US'], ['Beta', '', '', '13800138000', 'GB']]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, field: 'phone', code: 'phoneInvalid', params: { value: '12345', country: 'US' } }),
      expect.objectContaining({ row: 2, field: 'phone', code: 'phoneInvalid', params: { value: '13800138000', country: 'GB' } }),
    ]);
  });

  it('infers a missing country from an international phone, else reports it', () => {
    const { valid, errors } = check(H, [['Acme', '', '', '+49 30 1234567', ''], ['Beta', '', '', '030 1234567', '']]);
    expect(valid[0]?.customer.country).toBe('DE');
    expect(errors).toEqual([expect.objectContaining({ row: 2, field: 'country', code: 'countryMissing' })]);
  });

  it('reports unknown countries with the value', () => {
    const { errors } = check(H, [['Acme', '', '', '', 'Narnia']]);
    expect(errors).toEqual([expect.objectContaining({ code: 'countryUnknown', params: { value: 'Narnia' } })]);
  });

  it('catches a 2,000-character name, and a long contact name', () => {
    const { errors } = check(H, [['x'.repeat(2000), 'y'.repeat(201), '', '', 'DE']]);
    expect(errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ['company', 'nameTooLong', { length: 2000, max: 200 }],
      ['contactName', 'nameTooLong', { length: 201, max: 200 }],
    ]);
  });

  it('refuses a level not on the scale, and accepts lower case', () => {
    const { valid, errors } = check(['Company', 'Country', 'Level'], [['A', 'DE', 'c'], ['B', 'DE', 'F'], ['C', 'DE', 'A级']]);
    expect(valid.map((v) => v.customer.level)).toEqual(['C', 'A']);
    expect(errors).toEqual([expect.objectContaining({ row: 2, field: 'level', code: 'levelInvalid' })]);
  });

  it('refuses unknown background and source values, naming them', () => {
    const { errors } = check(['Company', 'Country', 'Background', 'Source'], [['A', 'DE', 'Astronaut', 'Carrier pigeon']]);
    expect(errors.map((e) => [e.code, e.params?.value])).toEqual([
      ['backgroundUnknown', 'Astronaut'],
      ['sourceUnknown', 'Carrier pigeon'],
    ]);
  });

  it('refuses bad dates and a last contact in the future', () => {
    const { errors } = check(['Company', 'Country', 'Last Contact', 'Next Follow-up'], [
      ['A', 'DE', '2024-02-30', 'soon'],
      ['B', 'DE', '2031-01-01', ''],
    ]);
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'lastContactAt', 'dateInvalid'],
      [1, 'nextFollowUpAt', 'dateInvalid'],
      [2, 'lastContactAt', 'dateInFuture'],
    ]);
  });

  it('refuses a WhatsApp number that is no number', () => {
    const { errors } = check(['Company', 'Country', 'WhatsApp'], [['A', 'BR', 'call me']]);
    expect(errors).toEqual([expect.objectContaining({ field: 'whatsapp', code: 'whatsappInvalid' })]);
  });

  it('refuses too many tags and tags that are too long', () => {
    const tags = Array.from({ length: 51 }, (_, i) => `t${i}`).join(';');
    const { errors } = check(['Company', 'Country', 'Tags'], [['A', 'DE', tags], ['B', 'DE', 'x'.repeat(61)]]);
    expect(errors.map((e) => [e.row, e.code])).toEqual([[1, 'tooManyValues'], [2, 'itemTooLong']]);
  });

  it('flags a later row with the same email, or the same company in the same country', () => {
    const { valid, errors } = check(H, [
      ['Acme Trading Co., Ltd.', '', 'sales@acme.com', '', 'US'],
      ['Beta', '', 'SALES@acme.com', '', 'US'],
      ['ACME Trading Limited', '', '', '', 'United States'],
      ['Acme Trading', '', '', '', 'DE'],
    ]);
    expect(valid.map((v) => v.row)).toEqual([1, 4]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, field: 'row', code: 'duplicateRow', params: { first: 1, value: 'sales@acme.com' } }),
      expect.objectContaining({ row: 3, field: 'row', code: 'duplicateRow', params: { first: 1, value: 'ACME Trading Limited' } }),
    ]);
    expect(errors[0]?.message).toBe('Same customer as row 1 (sales@acme.com).');
  });

  it('shortens long values in messages', () => {
    const { errors } = check(H, [['A', '', `${'x'.repeat(300)}@`, '', 'DE']]);
    expect(String(errors[0]?.params?.value).length).toBeLessThanOrEqual(80);
  });
});
