import type { LevelDefinition } from '../../src-shared/customer/vocabulary';
import { db } from './db';

/** The settings the app itself reads; features may keep their own keys next to these. */
export interface KnownSettings {
  language: 'en' | 'zh-CN';
  colorScheme: 'light' | 'dark' | 'auto';
  levels: LevelDefinition[];
  firstRunDone: boolean;
}

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const record = await db.settings.get(key);
  return record === undefined ? fallback : (record.value as T);
}

export async function setSetting<T>(key: string, value: T): Promise<void> {
  await db.settings.put({ key, value });
}
