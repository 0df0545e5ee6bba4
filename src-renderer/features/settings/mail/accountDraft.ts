import type { InvokeArg, MailAccountState } from '../../../../src-shared/ipc/contract';
import { normaliseEmail } from '../../../../src-shared/import/valueChecks';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../../../../src-shared/mail/types';

/**
 * The mail account form while it is being edited. The password field is empty unless the
 * salesperson types a new one: the stored password never comes back from main.
 */
export interface AccountDraft {
  mode: 'eml' | 'smtp';
  folder: string;
  host: string;
  port: number | '';
  secure: boolean;
  user: string;
  /** A new password to store; '' keeps the stored one. */
  password: string;
  fromName: string;
  fromAddress: string;
  rateLimitPerMinute: number | '';
}

export const SMTP_PORTS = { ssl: 465, starttls: 587 } as const;

/** The form for a stored account; an empty sender falls back to the sender profile. */
export function draftFromState(state: MailAccountState, profile: { name: string; email: string }): AccountDraft {
  const a = state.account;
  const fromName = a.from.name || profile.name;
  const fromAddress = a.from.address || profile.email;
  if (a.mode === 'eml') {
    return {
      mode: 'eml',
      folder: a.folder,
      host: '',
      port: SMTP_PORTS.ssl,
      secure: true,
      user: '',
      password: '',
      fromName,
      fromAddress,
      rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
    };
  }
  return {
    mode: 'smtp',
    folder: '',
    host: a.host,
    port: a.port,
    secure: a.secure,
    user: a.user,
    password: '',
    fromName,
    fromAddress,
    rateLimitPerMinute: a.rateLimitPerMinute,
  };
}

export type AccountField = 'host' | 'port' | 'fromAddress' | 'rateLimitPerMinute';
export type AccountProblem = 'required' | 'emailInvalid' | 'portInvalid' | 'rateInvalid';

export function accountProblems(d: AccountDraft): Partial<Record<AccountField, AccountProblem>> {
  const problems: Partial<Record<AccountField, AccountProblem>> = {};
  if (!d.fromAddress.trim()) problems.fromAddress = 'required';
  else if (!normaliseEmail(d.fromAddress)) problems.fromAddress = 'emailInvalid';
  if (d.mode === 'smtp') {
    if (!d.host.trim()) problems.host = 'required';
    if (d.port === '' || !Number.isInteger(d.port) || d.port < 1 || d.port > 65535) problems.port = 'portInvalid';
    if (d.rateLimitPerMinute === '' || !Number.isInteger(d.rateLimitPerMinute) || d.rateLimitPerMinute < 1 || d.rateLimitPerMinute > 600) {
      problems.rateLimitPerMinute = 'rateInvalid';
    }
  }
  return problems;
}

/** What mail:setAccount takes; call only when accountProblems is empty. */
export function toSetAccountArg(d: AccountDraft, storePasswordInPlainText?: boolean): InvokeArg<'mail:setAccount'> {
  const from = { name: d.fromName.trim(), address: d.fromAddress.trim() };
  if (d.mode === 'eml') return { account: { mode: 'eml', folder: d.folder, from } };
  return {
    account: {
      mode: 'smtp',
      host: d.host.trim(),
      port: Number(d.port),
      secure: d.secure,
      user: d.user.trim(),
      from,
      rateLimitPerMinute: Number(d.rateLimitPerMinute) || DEFAULT_RATE_LIMIT_PER_MINUTE,
    },
    ...(d.password ? { password: d.password } : {}),
    ...(storePasswordInPlainText !== undefined ? { storePasswordInPlainText } : {}),
  };
}
