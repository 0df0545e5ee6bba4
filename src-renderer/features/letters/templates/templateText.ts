import type { LetterTemplate } from '../../../../src-shared/letters/types';

type UiText = LetterTemplate['name'];

/** A template's name or description in the UI language, else in the other one. */
export function uiText(text: UiText, language: string): string {
  const own = language === 'zh-CN' ? text['zh-CN'] : text.en;
  const other = language === 'zh-CN' ? text.en : text['zh-CN'];
  return own.trim() || other.trim();
}
