import type { LevelDefinition } from '../../src-shared/customer/vocabulary';
import type { QualifyThresholds, QualifyWeights } from '../../src-shared/inquiry/weights';
import type { SenderProfile } from '../../src-shared/letters/types';
import { db } from './db';
import type { OutboxPause } from './letters/records';

/** "Already written to in the last N days" holds a recipient back in the review; N by default. */
export const DEFAULT_RECENT_CONTACT_DAYS = 3;

/** The settings the app itself reads; features may keep their own keys next to these. */
export interface KnownSettings {
  language: 'en' | 'zh-CN';
  colorScheme: 'light' | 'dark' | 'auto';
  levels: LevelDefinition[];
  firstRunDone: boolean;
  /** Who signs the letters (Settings → Profile). */
  senderProfile: SenderProfile;
  /** See DEFAULT_RECENT_CONTACT_DAYS. */
  recentContactDays: number;
  /** Set by the sender on an authentication failure; cleared by `resumeOutbox`. Absent or null: sending. */
  outboxPaused: OutboxPause | null;
  /** When the default templates were first loaded (epoch ms); once set, an empty list stays empty. */
  templatesSeeded: number;
  /**
   * The inquiry scorecard's weights and level thresholds (Settings → Qualification). Absent: the
   * engine's DEFAULT_WEIGHTS / DEFAULT_THRESHOLDS. Read through `readQualifySettings`, which
   * drops a stored value that no longer passes the engine's schema.
   */
  qualifyWeights: QualifyWeights;
  qualifyThresholds: QualifyThresholds;
}

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const record = await db.settings.get(key);
  return record === undefined ? fallback : (record.value as T);
}

export async function setSetting<T>(key: string, value: T): Promise<void> {
  await db.settings.put({ key, value });
}
