/**
 * The language of an inquiry, as a BCP 47 base code (en es pt fr de ru ar zh), or 'und' when
 * there is nothing to go on. Scripts decide first: Han, Cyrillic and Arabic letters are counted
 * and a clear share wins (Chinese mail is full of "LED", "FOB" and model numbers, so the share
 * is of letters, not a majority). Latin text is then scored on short, frequent words that differ
 * between the five Latin languages.
 */

const STOP_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'we', 'you', 'your', 'our', 'is', 'are', 'for', 'of', 'to', 'in', 'with', 'please', 'need', 'this', 'hi', 'dear', 'thanks', 'would', 'can', 'have', 'price', 'send', 'me', 'i', 'am', 'from', 'regards'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'para', 'por', 'con', 'una', 'un', 'sus', 'nos', 'necesitamos', 'somos', 'precio', 'gracias', 'hola', 'saludos', 'me', 'envíeme', 'productos', 'estamos', 'su'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'para', 'com', 'uma', 'um', 'não', 'você', 'somos', 'preço', 'obrigado', 'olá', 'atenciosamente', 'estamos', 'por', 'favor', 'qual', 'são', 'nosso', 'nossa'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'pour', 'avec', 'une', 'un', 'nous', 'vous', 'votre', 'vos', 'est', 'sont', 'merci', 'bonjour', 'cordialement', 'je', 'prix', 'au', 'sur', 'pouvez'],
  de: ['der', 'die', 'das', 'und', 'wir', 'sie', 'ihr', 'ihre', 'ist', 'sind', 'für', 'mit', 'von', 'bitte', 'ein', 'eine', 'uns', 'nicht', 'auf', 'zu', 'den', 'dem', 'grüßen', 'hallo', 'guten', 'tag', 'möchten', 'können'],
};
const WORD_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) {
    const langs = WORD_INDEX.get(w) ?? [];
    langs.push(lang);
    WORD_INDEX.set(w, langs);
  }
}
const LATIN_ORDER = ['en', 'es', 'pt', 'fr', 'de'];

/** Letters with diacritics only one language uses: strong hints. */
const HINTS: ReadonlyArray<[RegExp, string]> = [
  [/[ãõ]|ção|ções/g, 'pt'],
  [/ñ|¿|¡/g, 'es'],
  [/[ßäöü]/g, 'de'],
  [/[èêëàùç]|œ/g, 'fr'],
];

export function detectLanguage(text: string): string {
  const sample = text.length > 6_000 ? text.slice(0, 6_000) : text;
  let latin = 0;
  let han = 0;
  let cyrillic = 0;
  let arabic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) arabic++;
  }
  const letters = latin + han + cyrillic + arabic;
  if (letters === 0) return 'und';
  // A Han character carries a word's worth of meaning: a fifth of the letters is a Chinese text.
  if (han >= 2 && han * 5 >= letters) return 'zh';
  if (cyrillic * 3 >= letters) return 'ru';
  if (arabic * 3 >= letters) return 'ar';
  if (latin === 0) return han > 0 ? 'zh' : cyrillic >= arabic ? 'ru' : 'ar';
  return latinLanguage(sample.toLowerCase());
}

function latinLanguage(lower: string): string {
  const scores: Record<string, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  const words = lower.match(/[a-zà-ÿœß]+/g) ?? [];
  for (const w of words) {
    const langs = WORD_INDEX.get(w);
    if (!langs) continue;
    // A word shared by several languages counts for each a little.
    for (const lang of langs) scores[lang] = (scores[lang] ?? 0) + 1 / langs.length;
  }
  for (const [re, lang] of HINTS) {
    const n = lower.match(re)?.length ?? 0;
    scores[lang] = (scores[lang] ?? 0) + Math.min(n, 5) * 0.75;
  }
  let best = 'en';
  let bestScore = 0;
  for (const lang of LATIN_ORDER) {
    const s = scores[lang] ?? 0;
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}
