import type { InquiryProblemCode } from './types';

/**
 * Problems with an inquiry's text, as values: a code for i18n (`inquiry.problem.<code>`) and the
 * text in both UI languages for logs, tests and until the locale files carry the keys.
 */
export const INQUIRY_PROBLEM_MESSAGES: Record<InquiryProblemCode, { en: string; 'zh-CN': string }> = {
  emptyText: { en: 'The inquiry has no text. Paste the message or import the email.', 'zh-CN': '询盘没有内容。请粘贴邮件正文或导入邮件。' },
  binaryText: {
    en: 'Part of this text is not readable text (a picture or another binary file?). What could be read is shown.',
    'zh-CN': '部分内容不是可读文字（图片或其他二进制文件？）。已显示能读出的部分。',
  },
  truncated: {
    en: 'The inquiry is very long: only its first 50,000 characters were analysed. The full text is kept.',
    'zh-CN': '询盘很长：只分析了前 50,000 个字符。原文已完整保存。',
  },
  noEmail: { en: 'No email address was found. Add one before replying by email.', 'zh-CN': '未找到邮箱地址。用邮件回复前请先补上。' },
  htmlOnly: { en: 'The message was HTML only: it was turned into plain text.', 'zh-CN': '邮件只有 HTML 格式：已转换为纯文本。' },
};

/** Why an inquiry cannot be qualified at all. */
export interface InquiryInputError {
  code: 'emptyText' | 'inputInvalid';
  message: { en: string; 'zh-CN': string };
  /** Which field is wrong, for inputInvalid. */
  path?: string;
}
