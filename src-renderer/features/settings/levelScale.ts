import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LevelDefinition } from '../../../src-shared/customer/vocabulary';
import { DEFAULT_LEVELS } from '../../../src-shared/customer/vocabulary';
import { useSetting } from '../../data';

/** The level scale in use: the salesperson's own (Settings) or DOMAIN.md's A-E. */
export function useLevelScale(): LevelDefinition[] {
  const [levels] = useSetting<LevelDefinition[]>('levels', [...DEFAULT_LEVELS]);
  return levels.length > 0 ? levels : [...DEFAULT_LEVELS];
}

/** What a level means: the salesperson's words when given, else the built-in text. */
export function levelMeaning(level: LevelDefinition, t: TFunction): string {
  if (level.meaning.trim()) return level.meaning;
  return t(`customer:level.meaning.${level.code}`, { defaultValue: '' });
}

/** "C · Strong prospect" for selects and badges' tooltips. */
export function levelLabel(level: LevelDefinition, t: TFunction): string {
  const meaning = levelMeaning(level, t).split(/[:：]/)[0]?.trim();
  return meaning ? `${level.code} · ${meaning}` : level.code;
}

/** Options for a Mantine Select of levels. */
export function useLevelOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  return useLevelScale().map((l) => ({ value: l.code, label: levelLabel(l, t) }));
}
