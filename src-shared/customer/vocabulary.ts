/**
 * The fixed vocabularies of the customer book. Codes are stored; labels come from i18n
 * (`customer.source.<code>` and so on), so the same record reads well in both UI languages.
 */

/** Where a customer came from. */
export const SOURCES = ['alibaba', 'rfq', 'tradeFair', 'customsData', 'website', 'referral', 'other'] as const;
export type Source = (typeof SOURCES)[number];

/** Default backgrounds from DOMAIN.md. */
export const BACKGROUNDS = [
  'manufacturer',
  'brandOwner',
  'importerWholesaler',
  'distributor',
  'chainRetailer',
  'smallRetailer',
  'ecommerce',
  'tradingAgent',
  'projectBuyer',
  'government',
  'unknown',
] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** Lifecycle: the main line, then the side states. */
export const STAGES = [
  'newInquiry',
  'qualified',
  'quoted',
  'sample',
  'firstOrder',
  'repeatOrder',
  'silent',
  'lost',
  'junk',
] as const;
export type Stage = (typeof STAGES)[number];

/** A level on the customer scale. The scale itself is editable in Settings. */
export interface LevelDefinition {
  /** Stored on the customer; short, stable (A, B, … or 0-5). */
  code: string;
  /** What the level means, in the salesperson's own words. Empty means "use the built-in text". */
  meaning: string;
}

/** The default scale of DOMAIN.md: A ordering … E no potential. Meanings come from i18n when empty. */
export const DEFAULT_LEVELS: readonly LevelDefinition[] = ['A', 'B', 'C', 'D', 'E'].map((code) => ({
  code,
  meaning: '',
}));

/** Free-mail domains: the same domain on two of these says nothing about being one company. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.es', 'yahoo.com.br', 'ymail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.es', 'outlook.com', 'outlook.fr', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'gmx.com',
  'web.de', 'mail.ru', 'yandex.ru', 'yandex.com', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'qq.com',
  'foxmail.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'aliyun.com', 'yeah.net', 'rediffmail.com',
  'zoho.com', 'mail.com', 'libero.it', 'orange.fr', 'free.fr', 'laposte.net', 'uol.com.br', 'bol.com.br',
  'terra.com.br', 'naver.com', 'daum.net', 'hanmail.net',
]);
