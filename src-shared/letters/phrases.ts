/**
 * The words the `greeting` and `salutation` helpers write, per letter language. Formal register,
 * and gender-neutral: the book does not record a contact's gender, and guessing it from a name
 * offends more buyers than a neutral form ever does. Languages outside these fall back to English.
 */

export type DayPart = 'morning' | 'afternoon' | 'evening';

interface Phrases {
  greeting: Record<DayPart, string>;
  /** With the contact's name. */
  named: (name: string) => string;
  /** No name, but a job title ("Purchasing Manager"). */
  titled: (title: string) => string;
  /** Neither. */
  anonymous: string;
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]/;

const PHRASES: Record<string, Phrases> = {
  en: {
    greeting: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
    named: (n) => `Dear ${n},`,
    titled: (t) => `Dear ${t},`,
    anonymous: 'Dear Sir or Madam,',
  },
  es: {
    greeting: { morning: 'Buenos días', afternoon: 'Buenas tardes', evening: 'Buenas noches' },
    named: (n) => `Estimado/a ${n}:`,
    titled: (t) => `Estimado/a ${t}:`,
    anonymous: 'Estimados señores:',
  },
  pt: {
    greeting: { morning: 'Bom dia', afternoon: 'Boa tarde', evening: 'Boa noite' },
    named: (n) => `Prezado(a) ${n},`,
    titled: (t) => `Prezado(a) ${t},`,
    anonymous: 'Prezados senhores,',
  },
  fr: {
    greeting: { morning: 'Bonjour', afternoon: 'Bonjour', evening: 'Bonsoir' },
    named: (n) => `Bonjour ${n},`,
    // French addresses a function only with a gendered article; the neutral pair is the norm.
    titled: () => 'Madame, Monsieur,',
    anonymous: 'Madame, Monsieur,',
  },
  de: {
    greeting: { morning: 'Guten Morgen', afternoon: 'Guten Tag', evening: 'Guten Abend' },
    named: (n) => `Guten Tag ${n},`,
    titled: () => 'Sehr geehrte Damen und Herren,',
    anonymous: 'Sehr geehrte Damen und Herren,',
  },
  ru: {
    greeting: { morning: 'Доброе утро', afternoon: 'Добрый день', evening: 'Добрый вечер' },
    named: (n) => `Здравствуйте, ${n}!`,
    titled: () => 'Уважаемые господа!',
    anonymous: 'Уважаемые господа!',
  },
  ar: {
    greeting: { morning: 'صباح الخير', afternoon: 'مساء الخير', evening: 'مساء الخير' },
    named: (n) => `حضرة ${n} المحترم/ة،`,
    titled: (t) => `حضرة ${t} المحترم/ة،`,
    anonymous: 'السادة المحترمون،',
  },
  zh: {
    greeting: { morning: '上午好', afternoon: '下午好', evening: '晚上好' },
    // A Chinese name follows 尊敬的 directly; a Latin one reads better after a space.
    named: (n) => (CJK.test(n) ? `尊敬的${n}：` : `尊敬的 ${n}：`),
    titled: (t) => (CJK.test(t) ? `尊敬的${t}：` : `尊敬的 ${t}：`),
    anonymous: '尊敬的先生/女士：',
  },
};

const ENGLISH = PHRASES['en'] as Phrases;

function phrasesFor(language: string): Phrases {
  const base = language.split('-')[0]?.toLowerCase() ?? 'en';
  return PHRASES[base] ?? ENGLISH;
}

/** Morning 05:00-11:59, afternoon 12:00-17:59, evening otherwise, at the reader's clock. */
export function dayPart(hour: number): DayPart {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return 'evening';
}

export function greetingWords(language: string, part: DayPart): string {
  return phrasesFor(language).greeting[part];
}

export function salutationLine(language: string, name: string, title: string): string {
  const p = phrasesFor(language);
  const n = name.trim();
  if (n) return p.named(n);
  const t = title.trim();
  if (t) return p.titled(t);
  return p.anonymous;
}
