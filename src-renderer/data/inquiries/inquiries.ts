import type { Customer } from '../../../src-shared/customer/customer';
import { domainOf, isFreeMailDomain, normaliseCompanyName } from '../../../src-shared/customer/derived';
import { buildKnownCustomerIndex, type KnownCustomerIndex } from '../../../src-shared/inquiry/known';
import { inquiryFingerprint } from '../../../src-shared/inquiry/fingerprint';
import { validateQualifyInput } from '../../../src-shared/inquiry/qualify';
import type { ExtractedInquiry, QualifyInput } from '../../../src-shared/inquiry/types';
import { db } from '../db';
import { NEW_LIFECYCLE, buildInquiryRecord, inquiryId, lifecycleOf, partsOf } from './buildRecord';
import { InquiryDataError } from './errors';
import { inquiryPatchSchema } from './patchSchema';
import type { QualifyContext } from './qualifyRecord';
import { readQualifySettings } from './qualifySettings';
import { CORRECTABLE_FIELDS, type CorrectableField, type InquiryInput, type InquiryPatch, type InquiryRecord } from './records';

/** The most inquiries one call adds (a folder of .eml files, a spreadsheet): keeps one transaction modest. */
export const MAX_INQUIRIES_PER_ADD = 5_000;
export const ARCHIVE_REASON_MAX = 500;

/** Corrected to null, these become an empty list. */
const LIST_FIELDS: ReadonlySet<CorrectableField> = new Set(['emails', 'phones', 'products', 'models', 'specs', 'paymentTerms', 'certificates']);
/** null on the others (language, subject) goes back to what the engine reads: an inquiry always has a language. */
const NONE_ABLE: ReadonlySet<CorrectableField> = new Set(CORRECTABLE_FIELDS.filter((k) => k !== 'language' && k !== 'subject'));

/** The weights and thresholds from Settings, and the book's known-customer index. */
async function qualifyContext(): Promise<Omit<QualifyContext, 'now'>> {
  const [settings, known] = await Promise.all([readQualifySettings(), readKnownIndex()]);
  return { ...settings, known };
}

async function readKnownIndex(): Promise<KnownCustomerIndex> {
  const rows: Parameters<typeof buildKnownCustomerIndex>[0][number][] = [];
  await db.customers.each((c) => rows.push({ id: c.id, company: c.company, emails: c.emails, domain: c.domain, nameKey: c.nameKey, level: c.level }));
  return buildKnownCustomerIndex(rows);
}

/**
 * Checks every input with validateQualifyInput first, then qualifies each (Settings' weights and
 * thresholds, the book's known customers) and stores them all in one transaction: all are added,
 * or (any bad input) none, with an InquiryDataError naming the first bad one (`index`, 1-based).
 * The raw text is kept whole, however long; the engine reads its start.
 */
export async function addInquiries(inputs: readonly InquiryInput[], now = Date.now()): Promise<string[]> {
  if (inputs.length > MAX_INQUIRIES_PER_ADD) {
    throw new InquiryDataError('invalidInquiry', `Too many inquiries at once (${inputs.length})`, { index: MAX_INQUIRIES_PER_ADD + 1, field: 'count', max: MAX_INQUIRIES_PER_ADD });
  }
  const checked: QualifyInput[] = inputs.map((value, i) => {
    const result = validateQualifyInput(value);
    if (result.ok) return result.input;
    const index = i + 1;
    if (result.error.code === 'emptyText') throw new InquiryDataError('emptyText', `Inquiry ${index} has no text`, { index });
    const field = result.error.path ?? 'input';
    throw new InquiryDataError('invalidInquiry', `Inquiry ${index}: invalid ${field}`, { index, field });
  });
  if (checked.length === 0) return [];
  const [ctx, fingerprints] = await Promise.all([qualifyContext(), Promise.all(checked.map(inquiryFingerprint))]);
  const records = checked.map((input, i) => {
    const { text, ...given } = input;
    return buildInquiryRecord(
      { id: inquiryId(now, i), fingerprint: fingerprints[i] ?? '', rawText: text, given, correctedFields: [], corrections: {}, createdAt: now },
      NEW_LIFECYCLE,
      ctx,
      now,
    );
  });
  await db.transaction('rw', db.inquiries, () => db.inquiries.bulkAdd(records));
  return records.map((r) => r.id);
}

/** An input that is already in the inbox, or that repeats an earlier input of the same list. */
export type InquiryRepeat = { kind: 'inInbox'; id: string; status: InquiryRecord['status'] } | { kind: 'repeat'; index: number };

/**
 * For each input, whether it was captured before (see inquiryFingerprint): the inquiry already in
 * the inbox (archived ones too: archiving is the salesperson's word on it), or the earlier input
 * of this list it repeats (0-based); null for a new one. The screens that add inquiries leave
 * these out and say why, so the same message is never answered twice.
 */
export async function findRepeatedInquiries(inputs: readonly QualifyInput[]): Promise<Array<InquiryRepeat | null>> {
  const fingerprints = await Promise.all(inputs.map(inquiryFingerprint));
  const stored = await db.inquiries.where('fingerprint').anyOf([...new Set(fingerprints)]).toArray();
  // The first captured, when (from before this check existed) the inbox holds it twice.
  const byFingerprint = new Map<string, InquiryRecord>();
  for (const r of stored.sort((a, b) => (a.id < b.id ? -1 : 1))) if (!byFingerprint.has(r.fingerprint)) byFingerprint.set(r.fingerprint, r);
  const firstIndex = new Map<string, number>();
  return fingerprints.map((f, index) => {
    const known = byFingerprint.get(f);
    if (known) return { kind: 'inInbox', id: known.id, status: known.status };
    const earlier = firstIndex.get(f);
    if (earlier !== undefined) return { kind: 'repeat', index: earlier };
    firstIndex.set(f, index);
    return null;
  });
}

/**
 * Applies the salesperson's change and qualifies the inquiry again. Sender fields, country,
 * received time, channel and platform signals are the engine's input; `extracted` corrects what
 * was read, key by key, and those corrections survive every later re-qualification. Correcting
 * the addresses, the name or the country also sets the matching input field (the salesperson's
 * word beats what the text says). Throws InquiryDataError ('invalidInquiryChange' with `field`,
 * 'inquiryNotFound'); nothing is written then.
 */
export async function updateInquiry(id: string, patch: InquiryPatch, now = Date.now()): Promise<InquiryRecord> {
  const parsed = inquiryPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join('.') || 'patch';
    throw new InquiryDataError('invalidInquiryChange', `Invalid ${field}`, { field });
  }
  const change = parsed.data;
  const ctx = await qualifyContext();
  return db.transaction('rw', db.inquiries, async () => {
    const current = await getOrThrow(id);
    const parts = partsOf(current);
    const given: Omit<QualifyInput, 'text'> = { ...parts.given };
    const setGiven = <K extends keyof typeof given>(key: K, value: (typeof given)[K] | '' | undefined) => {
      if (value === undefined) return;
      if (value === '') delete given[key];
      else given[key] = value as (typeof given)[K];
    };
    setGiven('subject', change.subject);
    setGiven('fromEmail', change.fromEmail);
    setGiven('fromName', change.fromName);
    setGiven('country', change.country);
    setGiven('receivedAt', change.receivedAt);
    setGiven('channel', change.channel);
    if (change.platform !== undefined) given.platform = change.platform;

    const corrections = { ...parts.corrections } as Record<string, unknown>;
    const corrected = new Set<keyof ExtractedInquiry>(parts.correctedFields);
    const revert = (key: keyof ExtractedInquiry) => {
      delete corrections[key];
      corrected.delete(key);
    };
    const correct = (key: keyof ExtractedInquiry, value: unknown) => {
      corrections[key] = value;
      corrected.add(key);
    };
    if (change.language !== undefined) correct('language', change.language);
    const sent = patch.extracted ?? {};
    const values = (change.extracted ?? {}) as Record<string, unknown>;
    for (const key of CORRECTABLE_FIELDS) {
      if (!(key in sent)) continue;
      const value = values[key];
      if (value === undefined || (value === null && !NONE_ABLE.has(key))) revert(key);
      else if (value === null) correct(key, LIST_FIELDS.has(key) ? [] : undefined);
      else correct(key, value);
    }
    // The salesperson's word on who wrote and from where is the engine's input too.
    const x = change.extracted;
    if (x && x.emails !== undefined) setGiven('fromEmail', x.emails?.[0] ?? '');
    if (x && x.senderName !== undefined) setGiven('fromName', x.senderName?.value ?? '');
    if (x && x.country !== undefined) setGiven('country', x.country?.value ?? '');
    if (x && typeof x.subject === 'string') setGiven('subject', x.subject);
    // A new reply address typed over corrected addresses leads them, so the scorecard reads it too.
    const correctedEmails = corrections.emails as string[] | undefined;
    if (change.fromEmail && !(x && 'emails' in sent) && corrected.has('emails') && correctedEmails) {
      corrections.emails = [change.fromEmail, ...correctedEmails.filter((e) => e !== change.fromEmail)].slice(0, 20);
    }

    const next = buildInquiryRecord(
      { ...parts, given, corrections, correctedFields: [...corrected] },
      lifecycleOf(current),
      ctx,
      now,
    );
    await db.inquiries.put(next);
    return next;
  });
}

/**
 * Qualifies again, with the current Settings and book, every inquiry not yet confirmed (status
 * new): after the weights or thresholds changed, or customers were added. Returns how many.
 */
export async function requalifyInquiries(now = Date.now()): Promise<number> {
  const ctx = await qualifyContext();
  return db.transaction('rw', db.inquiries, async () => {
    const open = await db.inquiries.where('status').equals('new').toArray();
    await db.inquiries.bulkPut(open.map((r) => buildInquiryRecord(partsOf(r), lifecycleOf(r), ctx, now)));
    return open.length;
  });
}

/** Archives the inquiry (junk, spam, fraud, duplicate…) with the reason, which is kept. Archiving twice updates the reason. */
export async function archiveInquiry(id: string, reason: string, now = Date.now()): Promise<void> {
  const why = reason.trim();
  if (!why) throw new InquiryDataError('archiveReasonMissing', 'Give a reason to archive', { max: ARCHIVE_REASON_MAX });
  if (why.length > ARCHIVE_REASON_MAX) {
    throw new InquiryDataError('invalidInquiryChange', 'Archive reason too long', { field: 'archivedReason', max: ARCHIVE_REASON_MAX });
  }
  await db.transaction('rw', db.inquiries, async () => {
    const current = await getOrThrow(id);
    await db.inquiries.put({ ...current, status: 'archived', archivedReason: why, updatedAt: now });
  });
}

/** Takes an archived inquiry back into the queue, where it was (new, qualified or replied). */
export async function restoreInquiry(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.inquiries, async () => {
    const current = await getOrThrow(id);
    if (current.status !== 'archived') return;
    const status = current.repliedAt !== undefined ? 'replied' : current.confirmed ? 'qualified' : 'new';
    await db.inquiries.put({ ...current, status, archivedReason: null, updatedAt: now });
  });
}

/**
 * The reply was queued (the composer calls this once the letter is in the outbox). Only a
 * qualified inquiry can have been answered: one still `new` is refused (qualify before reply),
 * an archived one too. Marking twice keeps the first time.
 */
export async function markInquiryReplied(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.inquiries, async () => {
    const current = await getOrThrow(id);
    if (current.status === 'replied') return;
    if (current.status === 'archived') throw new InquiryDataError('inquiryArchived', `Inquiry ${id} is archived`, { id });
    if (current.status !== 'qualified') throw new InquiryDataError('inquiryNotQualified', `Inquiry ${id} is not qualified yet`, { id });
    await db.inquiries.put({ ...current, status: 'replied', repliedAt: now, updatedAt: now });
  });
}

/**
 * Customers of the book the inquiry may come from: by any of its addresses, then by its company
 * domain (never a free-mail one), then by its company name (the duplicate finder's normalised
 * key). Each customer once, strongest match first. Uses the customers' indexes, not the book index.
 */
export async function findKnownForInquiry(id: string): Promise<Customer[]> {
  const inquiry = await getInquiryOrThrow(id);
  const x = inquiry.extracted;
  const emails = [...new Set([inquiry.fromEmail, ...x.emails].map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const domains = [...new Set([...emails.map(domainOf), x.website ? domainOf(x.website.value) : ''].filter((d) => d && !isFreeMailDomain(d)))];
  const nameKey = x.company ? normaliseCompanyName(x.company.value) : '';
  const found = new Map<string, Customer>();
  const add = (rows: Customer[]) => rows.forEach((c) => found.has(c.id) || found.set(c.id, c));
  if (emails.length) add(await db.customers.where('emails').anyOf(emails).toArray());
  if (domains.length) add(await db.customers.where('domain').anyOf(domains).toArray());
  if (nameKey.length >= 4) add(await db.customers.where('nameKey').equals(nameKey).toArray());
  return [...found.values()];
}

export async function getInquiry(id: string): Promise<InquiryRecord | undefined> {
  return db.inquiries.get(id);
}

async function getInquiryOrThrow(id: string): Promise<InquiryRecord> {
  const record = await db.inquiries.get(id);
  if (!record) throw new InquiryDataError('inquiryNotFound', `No inquiry ${id}`, { id });
  return record;
}

/** Inside a transaction over inquiries. */
async function getOrThrow(id: string): Promise<InquiryRecord> {
  return getInquiryOrThrow(id);
}
