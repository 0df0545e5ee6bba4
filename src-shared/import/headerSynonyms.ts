import type { CustomerField } from './customerFields';

/**
 * The column headers we recognise, per field: Google Contacts (old and new), Outlook, Alibaba-style
 * CRM exports in English and Chinese, our own export, vCard, and the obvious variants. Each is
 * compared after headerKey(), so case, spaces and punctuation do not matter.
 */
export const HEADER_SYNONYMS: Record<CustomerField, readonly string[]> = {
  company: [
    'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Business Name', 'Customer',
    'Customer Name', 'Customer Company', 'Buyer Company', 'Account', 'Account Name', 'Firm',
    '公司名称', '公司', '客户名称', '客户公司', '公司名', '企业名称', '单位', '单位名称', '买家公司',
  ],
  contactName: [
    'Contact', 'Contact Name', 'Contact Person', 'Full Name', 'Name', 'Display Name', 'Buyer Name', 'Buyer',
    'Attn', 'Contact Names',
    '联系人', '姓名', '联系人姓名', '联系人名称', '买家姓名', '客户姓名',
  ],
  firstName: ['First Name', 'Given Name', 'Firstname', 'Forename', '名', '名字'],
  lastName: ['Last Name', 'Family Name', 'Surname', 'Lastname', '姓', '姓氏'],
  title: [
    'Job Title', 'Position', 'Role', 'Designation', 'Organization Title', 'Job',
    '职位', '职务', '头衔', '岗位',
  ],
  email: [
    'Email', 'E-mail', 'Mail', 'Email Address', 'E-mail Address', 'Emails', 'Work Email', 'Business Email',
    'Contact Email', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '联系人邮箱',
  ],
  phone: [
    'Phone', 'Tel', 'Telephone', 'Mobile', 'Phone Number', 'Phones', 'Mobile Phone', 'Business Phone',
    'Business Phone 2', 'Work Phone', 'Cell', 'Cell Phone', 'Cellphone', 'Mobile Number', 'Telephone Number',
    'Primary Phone', 'Company Main Phone', 'Home Phone', 'Other Phone',
    '电话', '手机', '联系电话', '电话号码', '手机号', '手机号码', '座机', '固定电话', '联系方式',
  ],
  whatsapp: ['WhatsApp', 'WhatsApp Number', 'WA', 'WhatsApp No', 'WhatsApp号码'],
  website: [
    'Website', 'Web Site', 'URL', 'Web', 'Web Page', 'Homepage', 'Home Page', 'Company Website', 'Site',
    '网址', '网站', '公司网站', '官网', '公司网址', '主页',
  ],
  country: [
    'Country', 'Country/Region', 'Country Region', 'Nation', 'Country Code', 'Business Country/Region',
    'Country or Region', 'Buyer Country', '国家', '国家/地区', '国家地区', '国家和地区', '所在国家',
  ],
  city: ['City', 'Town', 'Business City', 'Locality', '城市', '所在城市'],
  language: ['Language', 'Preferred Language', 'Lang', '语言', '语种', '沟通语言'],
  timeZone: ['Time Zone', 'Timezone', 'TZ', '时区'],
  level: [
    'Level', 'Grade', 'Customer Level', 'Customer Grade', 'Rating', 'Star Level', 'Stars', 'Class',
    '等级', '客户等级', '客户级别', '级别', '星级', '客户星级', '分级', '客户分级',
  ],
  background: [
    'Background', 'Customer Type', 'Business Type', 'Company Type', 'Buyer Type', 'Customer Background',
    '背景', '客户类型', '客户背景', '公司类型', '企业类型', '买家类型', '经营模式',
  ],
  stage: [
    'Stage', 'Customer Stage', 'Lifecycle Stage', 'Pipeline Stage', 'Follow-up Status', 'Deal Stage',
    '阶段', '客户阶段', '跟进阶段', '跟进状态', '客户状态',
  ],
  source: [
    'Source', 'Lead Source', 'Customer Source', 'Channel', 'Origin', 'Inquiry Source',
    '来源', '客户来源', '询盘来源', '渠道', '获客渠道',
  ],
  tags: [
    'Tags', 'Tag', 'Labels', 'Label', 'Categories', 'Category', 'Group', 'Groups', 'Group Membership',
    'Customer Group', '标签', '分组', '客户分组', '客户标签', '分类',
  ],
  products: [
    'Products', 'Product', 'Interested Products', 'Products of Interest', 'Purchase Intention', 'Main Products',
    'Sourcing Products', '产品', '意向产品', '采购意向', '采购产品', '感兴趣产品', '询盘产品', '主营产品',
  ],
  notes: [
    'Notes', 'Note', 'Remarks', 'Remark', 'Comments', 'Comment', 'Description', 'Memo',
    '备注', '说明', '描述', '客户备注', '附注',
  ],
  lastContactAt: [
    'Last Contact', 'Last Contacted', 'Last Contact Date', 'Last Contact Time', 'Last Activity', 'Last Follow-up',
    '最后联系', '最后联系时间', '最近联系', '最近联系时间', '上次联系', '上次联系时间', '最后跟进时间',
  ],
  nextFollowUpAt: [
    'Next Follow-up', 'Next Follow Up', 'Next Follow-up Date', 'Follow-up Date', 'Next Contact', 'Next Action Date',
    'Follow Up Date', '下次跟进', '下次跟进时间', '下次联系', '下次联系时间', '跟进日期', '计划跟进时间',
  ],
};

/**
 * Families of numbered headers that Google and Outlook write ("E-mail 2 - Value", "E-mail 3
 * Address", "Address 1 - Country", "Organization 1 - Name"), matched on the headerKey.
 */
export const HEADER_PATTERNS: ReadonlyArray<readonly [RegExp, CustomerField]> = [
  [/^email\d*(value|address)?$/, 'email'],
  [/^phone\d*(value)?$/, 'phone'],
  [/^address\d*country$/, 'country'],
  [/^address\d*city$/, 'city'],
  [/^website\d*value$/, 'website'],
  [/^organization\d*name$/, 'company'],
  [/^organization\d*title$/, 'title'],
];

/**
 * Headers that name a field but less surely than its other synonyms: Outlook's "Title" is Mr/Ms
 * next to "Job Title", and its home address comes after the business one. A single-column field
 * takes a weak header only when no strong one exists.
 */
export const WEAK_HEADERS: Readonly<Record<string, CustomerField>> = {
  'Title': 'title',
  'Type': 'background',
  'Status': 'stage',
  'Home Country/Region': 'country',
  'Other Country/Region': 'country',
  'Home City': 'city',
  'Other City': 'city',
  'Personal Web Page': 'website',
  '地区': 'country',
  '状态': 'stage',
};

/** Lower case, NFKC (full-width ＡＢＣ, Ｅ－ｍａｉｌ), letters and digits only. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
