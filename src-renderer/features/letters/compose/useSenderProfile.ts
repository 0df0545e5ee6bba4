import { useLiveQuery } from 'dexie-react-hooks';
import type { SenderProfile } from '../../../../src-shared/letters/types';
import { db } from '../../../data';

/** The profile from Settings; undefined while reading, null when it was never filled in. */
export function useSenderProfile(): SenderProfile | null | undefined {
  const answer = useLiveQuery(async () => ({ record: await db.settings.get('senderProfile') }), []);
  if (answer === undefined) return undefined;
  return (answer.record?.value as SenderProfile | undefined) ?? null;
}

/** Letters go from this address; without it the composer does not start. */
export function senderEmail(profile: SenderProfile | null | undefined): string {
  return profile?.salesperson.email.trim() ?? '';
}
