/**
 * Why a file could not be read as an inquiry: a code for i18n (`inquiryData:capture.<code>`), its
 * params, and the text in both UI languages for logs and tests. Tables use the customer import's
 * TableReadError (`validation:<code>`), since they are read by the same readers.
 */
export type CaptureErrorCode = 'emlEmpty' | 'emlTooBig' | 'notEml' | 'emlBinary' | 'emlUnreadable' | 'emlNoText' | 'vcardNotInquiries';

const MESSAGES: Record<CaptureErrorCode, { en: string; 'zh-CN': string }> = {
  emlEmpty: { en: 'The file {{file}} is empty.', 'zh-CN': '文件 {{file}} 是空的。' },
  emlTooBig: { en: 'The file {{file}} is larger than {{maxMb}} MB: it is not one email.', 'zh-CN': '文件 {{file}} 超过 {{maxMb}} MB，不是一封邮件。' },
  notEml: {
    en: 'The file {{file}} is not an email (.eml). Save the message from your mail program as .eml, or paste its text.',
    'zh-CN': '文件 {{file}} 不是邮件（.eml）。请在邮件程序中把邮件另存为 .eml，或直接粘贴邮件内容。',
  },
  emlBinary: {
    en: 'The file {{file}} is not text (a picture, a PDF or another binary file?). Save the email as .eml, or paste its text.',
    'zh-CN': '文件 {{file}} 不是文本（图片、PDF 或其他二进制文件？）。请把邮件另存为 .eml，或直接粘贴邮件内容。',
  },
  emlUnreadable: { en: 'The email {{file}} could not be read: it is damaged.', 'zh-CN': '无法读取邮件 {{file}}：文件已损坏。' },
  emlNoText: { en: 'The email {{file}} has no text (only attachments?). Paste the inquiry instead.', 'zh-CN': '邮件 {{file}} 没有正文（只有附件？）。请直接粘贴询盘内容。' },
  vcardNotInquiries: {
    en: 'A contact card (.vcf) holds no inquiries. Import it under Customers, or choose a CSV or Excel file of inquiries.',
    'zh-CN': '名片文件（.vcf）里没有询盘。请在“客户”中导入，或选择询盘的 CSV 或 Excel 文件。',
  },
};

export class CaptureError extends Error {
  readonly code: CaptureErrorCode;
  readonly params: Record<string, string | number>;
  /** The sentence in both UI languages, params filled in. */
  readonly texts: { en: string; 'zh-CN': string };

  constructor(code: CaptureErrorCode, params: Record<string, string | number> = {}) {
    const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
    const texts = { en: fill(MESSAGES[code].en), 'zh-CN': fill(MESSAGES[code]['zh-CN']) };
    super(texts.en);
    this.name = 'CaptureError';
    this.code = code;
    this.params = params;
    this.texts = texts;
  }
}

export function isCaptureError(error: unknown): error is CaptureError {
  return error instanceof CaptureError;
}

/** The messages as i18n files hold them, for the locale files and their test. */
export const CAPTURE_ERROR_MESSAGES = MESSAGES;
