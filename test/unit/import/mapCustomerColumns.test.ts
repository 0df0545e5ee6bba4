import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapCustomerColumns, readCustomerTable, validateCustomerRows, type CustomerField } from '../../../src-shared/import';

const fixture = (name: string) => readCustomerTable(new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import', name))), name);

/** header → field for the mapped columns only. */
function mapped(headers: string[]): Record<string, CustomerField> {
  const mapping = mapCustomerColumns(headers);
  return Object.fromEntries(headers.flatMap((h, i) => (mapping[i] ? [[h, mapping[i]]] : [])));
}

describe('mapCustomerColumns', () => {
  it('maps the old Google Contacts export', () => {
    expect(mapped(fixture('google-contacts-old.csv').headers)).toEqual({
      Name: 'contactName',
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      Notes: 'notes',
      Language: 'language',
      'Group Membership': 'tags',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - City': 'city',
      'Address 1 - Country': 'country',
      'Organization 1 - Name': 'company',
      'Organization 1 - Title': 'title',
      'Website 1 - Value': 'website',
    });
  });

  it('maps the new Google Contacts export', () => {
    expect(mapped(fixture('google-contacts-new.csv').headers)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'company',
      'Organization Title': 'title',
      Notes: 'notes',
      Labels: 'tags',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Address 1 - City': 'city',
      'Address 1 - Country': 'country',
      'Website 1 - Value': 'website',
    });
  });

  it('maps Outlook: Job Title beats the Mr/Ms "Title", business address beats home', () => {
    expect(mapped(fixture('outlook.csv').headers)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Company: 'company',
      'Job Title': 'title',
      'Business City': 'city',
      'Business Country/Region': 'country',
      'Business Phone': 'phone',
      'Business Phone 2': 'phone',
      'Mobile Phone': 'phone',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail 3 Address': 'email',
      Notes: 'notes',
      'Web Page': 'website',
      Categories: 'tags',
    });
  });

  it('maps Chinese headers', () => {
    const headers = [
      '公司名称', '联系人', '职位', '电子邮箱', '国家/地区', '城市', '手机', '联系电话', 'WhatsApp', '公司网站', '备注', '客户等级',
      '客户类型', '阶段', '客户来源', '标签', '意向产品', '语言', '时区', '最后联系', '下次跟进',
    ];
    expect(mapCustomerColumns(headers)).toEqual([
      'company', 'contactName', 'title', 'email', 'country', 'city', 'phone', 'phone', 'whatsapp', 'website', 'notes',
      'level', 'background', 'stage', 'source', 'tags', 'products', 'language', 'timeZone', 'lastContactAt', 'nextFollowUpAt',
    ]);
  });

  it.each([
    ['公司', 'company'], ['客户名称', 'company'], ['客户公司', 'company'], ['姓名', 'contactName'], ['邮箱', 'email'],
    ['电子邮件', 'email'], ['国家', 'country'], ['电话', 'phone'], ['网址', 'website'], ['网站', 'website'], ['等级', 'level'],
    ['背景', 'background'], ['来源', 'source'], ['产品', 'products'],
    ['Company Name', 'company'], ['Organization', 'company'], ['Contact', 'contactName'], ['Full Name', 'contactName'],
    ['E-mail', 'email'], ['Mail', 'email'], ['Tel', 'phone'], ['Telephone', 'phone'], ['Mobile', 'phone'],
    ['Country/Region', 'country'], ['URL', 'website'], ['Grade', 'level'], ['Remarks', 'notes'],
    ['Customer Name', 'company'], ['Contact Person', 'contactName'], ['Customer Source', 'source'], ['Star Level', 'level'],
  ])('maps %s to %s', (header, field) => {
    expect(mapCustomerColumns([header])).toEqual([field]);
  });

  it('ignores case, spaces, punctuation and full-width letters', () => {
    expect(mapCustomerColumns(['  COMPANY_NAME ', 'e_mail', 'ＥＭＡＩＬ', 'country / region', 'Next follow up'])).toEqual([
      'company', 'email', 'email', 'country', 'nextFollowUpAt',
    ]);
  });

  it('lets several columns feed email, phone, tags and products, and only the first feed any other field', () => {
    expect(mapCustomerColumns(['Company', 'Company Name', 'Email', 'E-mail 2', 'Tags', 'Labels', 'Country', '国家'])).toEqual([
      'company', null, 'email', 'email', 'tags', 'tags', 'country', null,
    ]);
  });

  it('leaves unknown and empty headers unmapped', () => {
    expect(mapCustomerColumns(['Birthday', '', 'E-mail 1 - Type', 'Phonetic First Name', 'Created'])).toEqual([null, null, null, null, null]);
  });

  it('turns real exports into customers', () => {
    for (const [file, expected] of [
      ['google-contacts-old.csv', { company: 'Carter Home Supplies Inc.', country: 'US', tags: ['Customers'] }],
      ['google-contacts-new.csv', { company: 'Distribuciones Fernández S.L.', country: 'ES', city: 'Madrid' }],
      ['outlook.csv', { company: 'Lagos Building Materials Ltd', country: 'NG', tags: ['Customers', 'Africa'] }],
    ] as const) {
      const table = fixture(file);
      const { valid, errors } = validateCustomerRows(table.rows, mapCustomerColumns(table.headers));
      expect(errors, file).toEqual([]);
      expect(valid[0]?.customer, file).toMatchObject(expected);
    }
    const carter = validateCustomerRows(fixture('google-contacts-old.csv').rows, mapCustomerColumns(fixture('google-contacts-old.csv').headers)).valid[0]?.customer;
    expect(carter?.contacts).toEqual([
      {
        name: 'John Carter',
        title: 'Purchasing Manager',
        emails: ['john@carterhome.com', 'jcarter@gmail.com'],
        phones: ['+12125550123', '+12125550199', '+16465550142'],
        whatsapp: '',
      },
    ]);
  });
});
