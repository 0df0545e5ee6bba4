import type { SenderProfile } from '../../../../src-shared/letters/types';
import { useMemo } from 'react';
import { normaliseEmail } from '../../../../src-shared/import/valueChecks';
import { useSetting } from '../../../data';

/** Who writes the letters (Settings → Profile): read by the template preview and the composer. */
export const EMPTY_SENDER_PROFILE: SenderProfile = {
  salesperson: { name: '', title: '', email: '', phone: '', whatsapp: '' },
  company: { name: '', website: '', address: '', phone: '' },
};

/** A stored profile with every field present, whatever an older version saved. */
export function completeProfile(stored: Partial<SenderProfile> | null | undefined): SenderProfile {
  return {
    salesperson: { ...EMPTY_SENDER_PROFILE.salesperson, ...(stored?.salesperson ?? {}) },
    company: { ...EMPTY_SENDER_PROFILE.company, ...(stored?.company ?? {}) },
  };
}

export function useSenderProfile(): [SenderProfile, (next: SenderProfile) => Promise<void>] {
  const [stored, set] = useSetting<Partial<SenderProfile> | null>('senderProfile', null);
  // One object per stored value: the preview re-renders a letter when the profile changes, not on every render.
  const profile = useMemo(() => completeProfile(stored), [stored]);
  return [profile, set];
}

export type ProfileProblem = 'emailInvalid';

/** Problems by field path ("salesperson.email"); an empty email is allowed (the .eml outbox works without). */
export function profileProblems(profile: SenderProfile): Partial<Record<'salesperson.email', ProfileProblem>> {
  const email = profile.salesperson.email.trim();
  return email && !normaliseEmail(email) ? { 'salesperson.email': 'emailInvalid' } : {};
}

export function tidyProfile(profile: SenderProfile): SenderProfile {
  const trim = <T extends Record<string, string>>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.trim()])) as T;
  return { salesperson: trim(profile.salesperson), company: trim(profile.company) };
}
