import type { MantineColor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../../../../i18n/displayNames';
import { levelLabel, useLevelScale } from '../../../settings/levelScale';
import { calendarDaysBetween, useFormatters, useNow } from '../useFormatters';

/** From the best level to the worst; the last level on any scale is grey. */
const LEVEL_COLORS: readonly MantineColor[] = ['teal', 'blue', 'violet', 'yellow', 'orange', 'grape'];

export interface FollowUp {
  text: string;
  title: string;
  tone: 'overdue' | 'today' | 'later' | 'none';
}

/**
 * Everything a row needs to turn a customer into text, computed once per table render rather
 * than once per row: rows stay cheap while 100,000 of them scroll past.
 */
export interface RowFormat {
  country(code: string): string;
  level(code: string): { color: MantineColor; title: string };
  background(code: string): string;
  stage(code: string): string;
  lastContact(at: number | null): { text: string; title: string };
  followUp(at: number | null): FollowUp;
  selectLabel(company: string): string;
  unnamed: string;
}

export function useRowFormat(): RowFormat {
  const { t } = useTranslation(['list', 'customer']);
  const names = useDisplayNames();
  const levels = useLevelScale();
  const fmt = useFormatters();
  const now = useNow();

  return useMemo(() => {
    const levelInfo = new Map(
      levels.map((l, i) => [
        l.code,
        { color: i === levels.length - 1 && i > 0 ? 'gray' : (LEVEL_COLORS[i] ?? 'gray'), title: levelLabel(l, t) },
      ]),
    );
    return {
      country: (code) => (code ? names.country(code) : ''),
      level: (code) => levelInfo.get(code) ?? { color: 'gray', title: code },
      background: (code) => t(`customer:background.${code}`, { defaultValue: code }),
      stage: (code) => t(`customer:stage.${code}`, { defaultValue: code }),
      lastContact: (at) =>
        at === null ? { text: t('customer:never'), title: t('customer:never') } : { text: fmt.relativeDay(at, now), title: fmt.dateTime(at) },
      followUp: (at) => {
        if (at === null) return { text: t('list:table.noFollowUp'), title: t('list:table.noFollowUp'), tone: 'none' };
        const days = calendarDaysBetween(now, at);
        const tone = days < 0 ? 'overdue' : days === 0 ? 'today' : 'later';
        const title = tone === 'overdue' ? `${t('list:table.overdue')} · ${fmt.dateTime(at)}` : fmt.dateTime(at);
        return { text: fmt.relativeDay(at, now), title, tone };
      },
      selectLabel: (company) => t('list:table.selectRow', { company }),
      unnamed: t('customer:unnamed'),
    };
  }, [t, names, levels, fmt, now]);
}
