import { headerKey } from '../../import/headerSynonyms';

/**
 * The inquiry fields a column of an inquiry spreadsheet can fill: platform exports (Alibaba's
 * inquiry list, Made-in-China), a CRM's, or the salesperson's own sheet. `message` is the
 * buyer's text; product, quantity, company, phone and website are written into the text as
 * labelled lines ("Product: …"), which the engine reads as a platform notification's fields.
 */
export const INQUIRY_FIELDS = [
  'message', 'subject', 'fromEmail', 'fromName', 'company', 'country', 'receivedAt', 'channel', 'product', 'quantity',
  'phone', 'website', 'verified', 'productViews', 'validInquiries', 'rfqs', 'loginDays', 'junkInquiries', 'blacklisted',
] as const;
export type InquiryField = (typeof INQUIRY_FIELDS)[number];

/** Compared after headerKey (case, spaces and punctuation do not matter). */
export const INQUIRY_HEADER_SYNONYMS: Record<InquiryField, readonly string[]> = {
  message: [
    'Message', 'Inquiry', 'Inquiry Content', 'Inquiry Message', 'Content', 'Body', 'Text', 'Details', 'Inquiry Details',
    'Requirement', 'Requirements', 'Description', 'Comments', 'Buyer Message',
    '询盘内容', '内容', '留言', '询盘', '正文', '邮件正文', '需求', '采购需求', '买家留言', '详情',
  ],
  subject: ['Subject', 'Title', 'Inquiry Subject', 'Inquiry Title', 'RFQ Title', '主题', '标题', '询盘标题', '邮件主题'],
  fromEmail: ['Email', 'E-mail', 'Email Address', 'From', 'From Email', 'Sender Email', 'Buyer Email', 'Contact Email', '邮箱', '电子邮件', '买家邮箱', '发件人邮箱', '邮箱地址'],
  fromName: ['Name', 'Buyer', 'Buyer Name', 'Contact', 'Contact Name', 'Contact Person', 'Sender', 'From Name', 'Full Name', '姓名', '买家', '买家姓名', '联系人', '发件人'],
  company: ['Company', 'Company Name', 'Buyer Company', 'Organization', '公司', '公司名称', '买家公司'],
  country: ['Country', 'Country/Region', 'Country Region', 'Buyer Country', 'Region', 'Nation', '国家', '国家/地区', '国家地区', '地区', '买家国家'],
  receivedAt: [
    'Date', 'Time', 'Received', 'Received At', 'Received Time', 'Inquiry Time', 'Inquiry Date', 'Sent', 'Sent At', 'Created', 'Created At',
    'Submitted', '时间', '日期', '询盘时间', '收到时间', '发送时间', '创建时间',
  ],
  channel: ['Channel', 'Source', 'Inquiry Source', 'Platform', 'Lead Source', '来源', '渠道', '询盘来源', '平台'],
  product: ['Product', 'Products', 'Product Name', 'Inquiry Product', 'Item', '产品', '产品名称', '询盘产品', '意向产品'],
  quantity: ['Quantity', 'Qty', 'Purchase Quantity', 'Order Quantity', '数量', '采购数量', '采购量'],
  phone: ['Phone', 'Tel', 'Telephone', 'Mobile', 'WhatsApp', 'Phone Number', '电话', '手机', '联系电话', '手机号'],
  website: ['Website', 'Web Site', 'URL', 'Homepage', '网站', '网址', '公司网站'],
  verified: ['Verified', 'Verified Buyer', 'Blue Label', '认证', '认证买家', '蓝标'],
  productViews: ['Product Views', 'Views', 'Product Views 90 Days', '产品浏览', '浏览量', '产品浏览数'],
  validInquiries: ['Valid Inquiries', 'Valid Inquiries 90 Days', '有效询盘', '有效询盘数'],
  rfqs: ['RFQs', 'RFQ', 'RFQs 90 Days', 'RFQ Count', '采购需求数', 'RFQ数'],
  loginDays: ['Login Days', 'Days Logged In', 'Active Days', '登录天数'],
  junkInquiries: ['Junk Inquiries', 'Spam Inquiries', '垃圾询盘', '垃圾询盘数'],
  blacklisted: ['Blacklisted', 'Times Blacklisted', 'Blacklist', '被拉黑', '被拉黑次数', '黑名单'],
};

const BY_KEY = new Map<string, InquiryField>();
for (const [field, headers] of Object.entries(INQUIRY_HEADER_SYNONYMS) as Array<[InquiryField, readonly string[]]>) {
  for (const header of headers) if (!BY_KEY.has(headerKey(header))) BY_KEY.set(headerKey(header), field);
}

/**
 * Which inquiry field each column fills, or null for a column not imported. Each field takes its
 * first column only (two message columns would overwrite each other); the mapping step lets the
 * salesperson change any of it.
 */
export function mapInquiryColumns(headers: readonly string[]): (InquiryField | null)[] {
  const taken = new Set<InquiryField>();
  return headers.map((header) => {
    const field = BY_KEY.get(headerKey(header));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
