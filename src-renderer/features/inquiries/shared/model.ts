import type { InquiryRecord } from '../../../data';

/** Who sent it, for a list line: the company read from the text, else the sender's name, else the address. */
export function senderTitle(inquiry: InquiryRecord): string {
  return (
    inquiry.extracted.company?.value.trim() ||
    inquiry.extracted.senderName?.value.trim() ||
    inquiry.fromName.trim() ||
    inquiry.fromEmail.trim()
  );
}

/** The level to show: the confirmed one once the salesperson has said, else the suggestion. */
export function shownLevel(inquiry: InquiryRecord): string {
  return inquiry.confirmed?.level ?? inquiry.qualification.level;
}

/** Still waiting for a reply (new or qualified, not replied or archived). */
export function awaitingReply(inquiry: InquiryRecord): boolean {
  return inquiry.status === 'new' || inquiry.status === 'qualified';
}

/** Flags worth a red badge: the salesperson should look twice before replying. */
export const DANGER_FLAGS: ReadonlySet<string> = new Set(['fraudRisk', 'spam', 'binaryText']);
/** Flags that are information rather than warnings. */
export const INFO_FLAGS: ReadonlySet<string> = new Set(['knownCustomer', 'htmlOnly', 'truncated']);

export function flagColor(flag: string): string {
  if (DANGER_FLAGS.has(flag)) return 'red';
  if (INFO_FLAGS.has(flag)) return 'blue';
  return 'orange';
}
