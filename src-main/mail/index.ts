export { createMailer } from './createMailer';
export { classifyMailError } from './classifyMailError';
export { MailError } from './MailError';
export { isPlainAddress } from './address';
export { POOL_SETTINGS, smtpPoolOptions } from './smtpMailer';
export { createAccountStore } from './accountStore';
export type { AccountStore } from './accountStore';
export type { Mailer, MailerOptions } from './types';
