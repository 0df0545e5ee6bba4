import type { TFunction } from 'i18next';
import type { InquiryRecord } from '../../../data';
import { signedPoints } from './ScorecardCard';

/** The timeline note of the qualification, in the salesperson's language: what was confirmed and the signals that weighed most. */
export function qualificationNoteText(inquiry: InquiryRecord, level: string, background: string, t: TFunction): string {
  const q = inquiry.qualification;
  const top = [...q.signals]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 5)
    .map((s) => `${t(`inquiries:signal.${s.id}`, { defaultValue: s.id })} ${signedPoints(s.weight)}`);
  const lines = [
    t('inquiries:note.qualified', { level, background: t(`customer:background.${background}`, { defaultValue: background }), score: q.score }),
  ];
  if (q.level !== level) lines.push(t('inquiries:note.suggested', { level: q.level }));
  if (top.length) lines.push(t('inquiries:note.signals', { list: top.join(t('inquiries:note.separator')) }));
  if (q.flags.length) {
    lines.push(t('inquiries:note.flags', { list: q.flags.map((f) => t(`inquiries:flag.${f}`, { defaultValue: f })).join(t('inquiries:note.separator')) }));
  }
  return lines.join('\n');
}
