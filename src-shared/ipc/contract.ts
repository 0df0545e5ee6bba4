import { z } from 'zod';
import type { LetterData, RenderedLetter, TemplateProblem } from '../letters/types';
import type { MailAccountSettings, MailFailure, OutgoingMessage, SecretStorageStatus, SendOutcome } from '../mail/types';

/**
 * The IPC contract, written once. Each channel maps to the zod schema of its argument and the
 * type of its result. The preload derives window.api from `invokeChannels`; main registers one
 * handler per channel through `handle`, which validates with these schemas. Adding a capability
 * is two edits: a line here and a handler in src-main/ipc/handlers.ts.
 */

/** Bytes that cross IPC: Electron's structured clone passes Uint8Array as is. */
const bytes = z.instanceof(Uint8Array);

export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** Template sources larger than this are refused before compiling (a letter is a few KB). */
export const MAX_TEMPLATE_CHARS = 256 * 1024;
/** A rendered message body larger than this is refused by mail:send. */
export const MAX_MESSAGE_CHARS = 2 * 1024 * 1024;
/** Letters rendered per letters:render call; the renderer sends bigger batches in chunks. */
export const MAX_RENDER_BATCH = 500;
/**
 * Letters handed to mail:sendMany in one call, and the characters of their bodies together: the
 * outbox's sender hands main a few letters per call (one IPC crossing, one validation) and cuts
 * its chunks to fit both bounds; a single letter (at most 2 × MAX_MESSAGE_CHARS) always fits.
 */
export const MAX_SEND_BATCH = 32;
export const MAX_SEND_BATCH_CHARS = 8 * 1024 * 1024;

const variantSchema = z.object({ subject: z.string().max(MAX_TEMPLATE_CHARS), html: z.string().max(MAX_TEMPLATE_CHARS) });
const plainObject = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'not an object');
const mailAddress = z.object({
  name: z.string().max(200),
  // One plain address: no display name, no list, no angle brackets (display-name injection).
  address: z.email().max(254),
});
const outgoingMessage = z.object({
  messageId: z.string().regex(/^<[^<>\s@]+@[^<>\s@]+>$/, 'not a Message-ID'),
  from: mailAddress,
  to: mailAddress,
  replyTo: mailAddress.optional(),
  subject: z.string().max(998),
  html: z.string().max(MAX_MESSAGE_CHARS),
  text: z.string().max(MAX_MESSAGE_CHARS),
  language: z.string().min(2).max(35),
  listUnsubscribe: z.string().startsWith('mailto:').max(500).optional(),
}) satisfies z.ZodType<OutgoingMessage>;
const accountInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('eml'), folder: z.string().max(4096), from: mailAddress }),
  z.object({
    mode: z.literal('smtp'),
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean(),
    user: z.string().max(320),
    from: mailAddress,
    rateLimitPerMinute: z.number().int().min(1).max(600),
  }),
]);

export const invokeSchemas = {
  /** Version and where the app keeps its data, for Settings and the README. */
  'app:info': z.undefined(),
  /** Ask the user where to save, then write the bytes there. */
  'files:save': z.object({
    // A bare file name: no folders, nothing Windows forbids, no control characters.
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32), 'not a plain file name'),
    bytes: bytes.refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'too large'),
    filterName: z.string().max(80).optional(),
    extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10).optional(),
  }),
  /** Open an http(s) or mailto link in the system's browser or mail client. */
  'shell:openExternal': z.object({ url: z.string().max(4096).refine(isExternalUrl, 'not an http(s) or mailto link') }),
  /** Check a template variant: syntax (with line and column), unknown helpers, unescaped output. */
  'letters:check': z.object({ variant: variantSchema }),
  /**
   * Render one variant for many recipients. Main renders because Handlebars compiles templates
   * to code, which the page's CSP (no eval) forbids.
   */
  'letters:render': z.object({ variant: variantSchema, items: z.array(plainObject<LetterData>()).min(1).max(MAX_RENDER_BATCH) }),
  /** Send one message to one recipient, through SMTP or into the .eml outbox folder. */
  'mail:send': z.object({ message: outgoingMessage }),
  /**
   * Send several messages, each to its one recipient, exactly as that many mail:send calls would
   * (concurrently, through the same pool and rate limit); answers one outcome per message, in
   * order, once all have one. The outbox's sender uses this: one IPC crossing per chunk.
   */
  'mail:sendMany': z.object({
    messages: z
      .array(outgoingMessage)
      .min(1)
      .max(MAX_SEND_BATCH)
      .refine((ms) => ms.reduce((n, m) => n + m.html.length + m.text.length, 0) <= MAX_SEND_BATCH_CHARS, 'the letters are too large for one call'),
  }),
  /** Log in to the configured server without sending anything. */
  'mail:verify': z.undefined(),
  'mail:getAccount': z.undefined(),
  /**
   * Save the account. `password` replaces the stored one (omit to keep it). When safeStorage
   * cannot encrypt, the password is kept for this session only unless the user agreed to
   * `storePasswordInPlainText`.
   */
  'mail:setAccount': z.object({
    account: accountInput,
    password: z.string().max(1024).optional(),
    storePasswordInPlainText: z.boolean().optional(),
  }),
  /** Show the .eml outbox folder in the system's file manager. */
  'mail:openOutboxFolder': z.undefined(),
  /** Ask the user for a folder for the .eml outbox. */
  'mail:chooseOutboxFolder': z.undefined(),
} as const;

export interface InvokeResults {
  'app:info': { version: string; dataPath: string; platform: string; locale: string };
  'files:save': { saved: true; path: string } | { saved: false };
  'shell:openExternal': { opened: boolean };
  'letters:check': { problems: TemplateProblem[] };
  /** `problems` non-empty means the template did not compile and `letters` is empty. */
  'letters:render': { problems: TemplateProblem[]; letters: RenderedLetter[] };
  'mail:send': SendOutcome;
  'mail:sendMany': { outcomes: SendOutcome[] };
  'mail:verify': { ok: true } | ({ ok: false } & MailFailure);
  'mail:getAccount': MailAccountState;
  'mail:setAccount': MailAccountState;
  'mail:openOutboxFolder': { opened: boolean; path: string };
  'mail:chooseOutboxFolder': { folder: string | null };
}

/** The account as Settings shows it, with how the password can be kept on this machine. */
export interface MailAccountState {
  account: MailAccountSettings;
  secrets: SecretStorageStatus;
  /** Where .eml files go when no folder was chosen. */
  defaultOutboxFolder: string;
  /** The password is held in memory only, for this session (not stored on disk). */
  passwordSessionOnly: boolean;
}

export type InvokeChannel = keyof typeof invokeSchemas;
export type InvokeArg<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>;
export type InvokeResult<C extends InvokeChannel> = InvokeResults[C];

/** Events from main to the renderer. Each `on` returns its unsubscribe. */
export interface EventPayloads {
  /** The OS asked to open a second instance; the window was focused instead. */
  'app:second-instance': { argv: string[] };
}
export type EventChannel = keyof EventPayloads;

/** Errors cross IPC as values, never as crashes. `code` is an i18n key under `errors.`. */
export type IpcErrorCode =
  | 'invalidArgument'
  | 'untrustedSender'
  | 'unknownChannel'
  | 'ioFailed'
  | 'internal'
  /** mail:setAccount: the password could only be stored in plain text; ask the user first. */
  | 'plainTextSecret';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  details?: string[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The shape of window.api: one function per channel, plus `on` for events. */
export type Api = {
  [C in InvokeChannel]: (arg: InvokeArg<C>) => Promise<IpcResult<InvokeResult<C>>>;
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

export function isExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}
