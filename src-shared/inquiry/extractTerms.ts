import {
  CERTIFICATE_WORD,
  DEADLINE_CUE,
  INTEREST,
  MONTHS,
  NO_SAMPLE,
  OEM_PACKAGING,
  PAYMENT_TERMS,
  PRICE_CUE,
  SAMPLE,
  compileTable,
} from './lexicon';
import type { Found } from './types';

/**
 * The commercial facts of an inquiry: what, how many, at what price, on which terms, by when,
 * with which certificates. Each reader takes the body as written (`text`) and, where case does
 * not matter, lower-cased (`lower`), and returns what it found with the words it found it in.
 */

const NUMBER = String.raw`\d{1,3}(?:[,. ]\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d+)?`;

const PIECE_UNITS = [
  'pcs', 'pc', 'pieces', 'piece', 'units', 'unit', 'sets', 'set', 'pairs', 'cartons', 'ctns', 'rolls', 'boxes', 'bags', 'tons', 'tonnes', 'mt',
  'unidades', 'piezas', 'pzas', 'juegos', 'cajas', 'peças', 'pecas', 'conjuntos', 'caixas', 'pièces', 'unités', 'stück', 'stk', 'einheiten',
  'штук', 'шт', 'штуки', 'комплектов', 'قطعة', 'قطع', 'وحدة', '个', '件', '套', '卷', '台', '只', '支', '片', '盏',
];
const CONTAINER_UNITS = ['containers', 'container', 'contenedores', 'contenedor', 'contêineres', 'contêiner', 'conteineres', 'contentores', 'contentor', 'conteneurs', 'conteneur', 'контейнера', 'контейнеров', 'контейнер', 'حاويات', 'حاوية', '个柜', '柜', '集装箱', 'fcl'];
const unitAlternation = (units: string[]) => [...units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const QUANTITY = new RegExp(String.raw`(?<![\d+\-.,/])(${NUMBER})\s?(${unitAlternation(PIECE_UNITS)}|${unitAlternation(CONTAINER_UNITS)})(?![a-zа-я])`, 'g');
const CONTAINER_LOAD = /(?<![\d.])(\d{1,2})\s?[x×*]\s?(20|40|45)\s?'?\s?(hq|hc|gp|ft)\b/;
const CONTAINER_SET = new Set(CONTAINER_UNITS);

/** "5,000" and "5.000" are five thousand; "2,5" is two and a half. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/ /g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return Number(s.split(thousands).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(s);
  const parts = s.split(sep);
  // One separator followed by exactly three digits, or several separators: thousands.
  if (parts.length > 2 || (parts[1] ?? '').length === 3) return Number(parts.join(''));
  return Number(s.replace(sep, '.'));
}

export function readQuantity(lower: string, fieldValue: string | undefined): Found<{ amount: number; unit: string }> | undefined {
  for (const source of fieldValue ? [fieldValue.toLowerCase(), lower] : [lower]) {
    const load = CONTAINER_LOAD.exec(source);
    QUANTITY.lastIndex = 0;
    const m = QUANTITY.exec(source);
    if (load && (!m || load.index <= m.index)) {
      return { value: { amount: Number(load[1]), unit: `${load[2]}${(load[3] ?? '').toUpperCase()}` }, evidence: load[0] };
    }
    if (m) {
      const unit = m[2] ?? '';
      const amount = parseNumber(m[1] ?? '');
      if (amount > 0 && Number.isFinite(amount)) {
        return { value: { amount, unit: CONTAINER_SET.has(unit) ? 'container' : unit }, evidence: m[0] };
      }
    }
  }
  return undefined;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  usd: 'USD', 'us$': 'USD', $: 'USD', dollar: 'USD', dollars: 'USD', dólares: 'USD', dolares: 'USD', 美元: 'USD', دولار: 'USD', долл: 'USD',
  eur: 'EUR', '€': 'EUR', euro: 'EUR', euros: 'EUR', 欧元: 'EUR', gbp: 'GBP', '£': 'GBP', rmb: 'CNY', cny: 'CNY', '¥': 'CNY', 元: 'CNY',
  'r$': 'BRL', brl: 'BRL', reais: 'BRL', aed: 'AED', درهم: 'AED', sar: 'SAR', ريال: 'SAR', rub: 'RUB', '₽': 'RUB', руб: 'RUB', inr: 'INR', '₹': 'INR',
};
const CURRENCY = String.raw`us\$|r\$|usd|eur|gbp|rmb|cny|brl|aed|sar|rub|inr|dollars?|dólares|dolares|euros?|reais|美元|欧元|元|دولار|درهم|ريال|руб|долл|[$€£¥₽₹]`;
const PER_UNIT = String.raw`\s?(?:/|per |por |par |pro |за |每)\s?(?:pcs|pc|piece|unit|set|roll|unidad|unidade|peça|pièce|stück|шт|卷|个|件|套|قطعة)`;
const PRICE = new RegExp(String.raw`(?:(${CURRENCY})\s?(${NUMBER})|(${NUMBER})\s?(${CURRENCY}))(${PER_UNIT})?`, 'g');
const PRICE_CUES = compileTable(PRICE_CUE);

export function readTargetPrice(lower: string): Found<{ minor: number; currency: string }> | undefined {
  PRICE.lastIndex = 0;
  for (let m = PRICE.exec(lower); m; m = PRICE.exec(lower)) {
    const symbol = m[1] ?? m[4] ?? '';
    const currency = CURRENCY_SYMBOLS[symbol] ?? CURRENCY_SYMBOLS[symbol.replace(/s$/, '')];
    const amount = parseNumber(m[2] ?? m[3] ?? '');
    if (!currency || !(amount > 0)) continue;
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    if (!m[5] && !PRICE_CUES.test(before)) continue;
    const lead = before.match(/(?:^|[\s,;:])([^\s,;:][^\n,;:]{0,24})$/)?.[1] ?? '';
    return { value: { minor: Math.round(amount * 100), currency }, evidence: `${lead}${m[0]}`.trim() };
  }
  return undefined;
}

const TRADE_TERM = /\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|C&F|CNF)\b(?:\s+([\p{L}][\p{L}'-]*(?:[ -][\p{Lu}(][\p{L})]*)?))?/u;
/** Written in lower case ("fob price"): the term only, as the next word is rarely a place. */
const TRADE_TERM_LOWER = /\b(exw|fca|fob|cfr|cif|cpt|cip|dap|ddp|c&f|cnf)\b/;
const NOT_A_PLACE = new Set(['and', 'or', 'price', 'prices', 'terms', 'term', 'basis', 'to', 'et', 'ou', 'y', 'e', 'o', 'und', 'oder', 'и', 'или', 'و', 'port', 'and/or', 'please', 'is', 'from', 'with']);

export function readTradeTerm(text: string): (Found<string> & { place?: string }) | undefined {
  const m = TRADE_TERM.exec(text);
  if (!m) {
    const lower = TRADE_TERM_LOWER.exec(text);
    return lower?.[1] ? { value: lower[1].toUpperCase().replace('CNF', 'C&F'), evidence: lower[0] } : undefined;
  }
  const term = (m[1] ?? '').toUpperCase().replace('CNF', 'C&F');
  const place = m[2] && !NOT_A_PLACE.has(m[2].toLowerCase().split(/[ -]/)[0] ?? '') ? m[2] : undefined;
  return place ? { value: term, evidence: `${m[1]} ${place}`, place } : { value: term, evidence: m[1] ?? term };
}

const PAYMENT = compileTable(PAYMENT_TERMS, 'g');

export function readPaymentTerms(lower: string): Found<string>[] {
  const found = new Map<string, Found<string>>();
  PAYMENT.lastIndex = 0;
  for (let m = PAYMENT.exec(lower); m; m = PAYMENT.exec(lower)) {
    const key = m[0].replace(/\s+/g, ' ');
    if (!found.has(key)) found.set(key, { value: key, evidence: m[0] });
  }
  return [...found.values()];
}

const DEADLINE = new RegExp(
  String.raw`(?:${compileTable(DEADLINE_CUE).source})\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+|of\s+)?)?(?:${compileTable(MONTHS).source})(?:\s+(?:de\s+)?\d{4})?|(?:${compileTable(DEADLINE_CUE).source})\s+\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?`,
);
const CJK_DEADLINE = /(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?\s?(?:之前|以前|前)/;

export function readDeliveryDate(lower: string): Found<string> | undefined {
  const m = DEADLINE.exec(lower) ?? CJK_DEADLINE.exec(lower);
  return m ? { value: m[0], evidence: m[0] } : undefined;
}

const CERTIFICATE = /(?<![\p{L}\d])(CE|FCC|RoHS|ROHS|FDA|UL|cUL|ETL|ISO ?9001|ISO ?14001|REACH|SASO|GCC|EAC|GOST|DLC|IEC(?: ?\d{4,5})?|BIS|INMETRO|UKCA|CB|SAA|RCM|KC|PSE|ErP|TÜV|TUV|GS|SONCAP|CCC|EMC|LVD|CQC)(?![\p{L}\d])/gu;
const CERTIFICATE_WORDS = compileTable(CERTIFICATE_WORD);

export function readCertificates(text: string, lower: string): Found<string>[] {
  const found = new Map<string, Found<string>>();
  CERTIFICATE.lastIndex = 0;
  for (let m = CERTIFICATE.exec(text); m; m = CERTIFICATE.exec(text)) {
    const name = m[1] === 'ROHS' ? 'RoHS' : (m[1] ?? '').replace(/^ISO ?/, 'ISO ').replace(/^IEC ?(\d)/, 'IEC $1');
    if (!found.has(name)) found.set(name, { value: name, evidence: m[0] });
  }
  if (found.size === 0) {
    const m = CERTIFICATE_WORDS.exec(lower);
    if (m) found.set('certificate', { value: 'certificate', evidence: m[0] });
  }
  return [...found.values()];
}

const SAMPLES = compileTable(SAMPLE);
const NO_SAMPLES = compileTable(NO_SAMPLE);
const OEM = compileTable(OEM_PACKAGING);

export function readSampleRequest(lower: string): Found<true> | undefined {
  if (NO_SAMPLES.test(lower)) return undefined;
  const m = SAMPLES.exec(lower);
  return m ? { value: true, evidence: quoteAround(lower, m.index, m[0].length) } : undefined;
}

export function readOemOrPackaging(lower: string): Found<true> | undefined {
  const m = OEM.exec(lower);
  return m ? { value: true, evidence: quoteAround(lower, m.index, m[0].length) } : undefined;
}

const MODEL_AFTER_WORD = /(?:\bmodel|\bmodelo|\bmodèle|\bmodell|модель|型号|موديل)\s?(?:no\.?|#|:)?\s?([A-Z0-9][A-Z0-9-]{1,15})/iu;
const MODEL_CODE = /\b[A-Z]{1,4}-\d{2,6}[A-Z]{0,4}(?:-\d{1,4}[A-Z]{0,3})?\b/g;

export function readModels(text: string): Found<string>[] {
  const found = new Map<string, Found<string>>();
  const named = MODEL_AFTER_WORD.exec(text);
  if (named?.[1] && /\d/.test(named[1])) found.set(named[1], { value: named[1], evidence: named[0] });
  MODEL_CODE.lastIndex = 0;
  for (let m = MODEL_CODE.exec(text); m && found.size < 10; m = MODEL_CODE.exec(text)) {
    if (!found.has(m[0])) found.set(m[0], { value: m[0], evidence: m[0] });
  }
  return [...found.values()];
}

const SPEC = /(?<![\p{L}\d])(?:\d+(?:[.,]\d+)?\s?(?:w|v|kw|kwh|mah|wh|k|lm|mm|cm|inch|ah|leds?|hz|ft|вт|瓦|واط)|\d{2,4}\s?[x×*]\s?\d{2,4}(?:\s?[x×*]\s?\d{2,4})?(?:\s?(?:mm|cm))?|ip6[5-8]|e(?:14|27)|gu10|mr16|t[58]|st64|a60|0-10v|mono(?:crystalline)?|monocristalin[oa]s?|rgbw?|\d{4}k)(?![\p{L}\d])/gu;

export function readSpecs(lower: string): Found<string>[] {
  const found = new Map<string, Found<string>>();
  SPEC.lastIndex = 0;
  for (let m = SPEC.exec(lower); m && found.size < 12; m = SPEC.exec(lower)) {
    if (!found.has(m[0])) found.set(m[0], { value: m[0], evidence: m[0] });
  }
  return [...found.values()];
}

const INTEREST_CUE = compileTable(INTEREST);
const LEADING_WORDS = /^(?:(?:in|your|the|our|some|a|an|for|de|des|les|la|le|los|las|sus|os|as|seus|suas|em|ваши|ваша|你们的|的)\s+)+/i;

/** The product named after "interested in", "necesitamos", "нужны", "我们需要"…, up to the end of the phrase. */
export function readProductPhrase(text: string, lower: string): Found<string> | undefined {
  const m = INTEREST_CUE.exec(lower);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const tail = text.slice(start, start + 100);
  const phrase = (tail.split(/[.,;:!?\n。，；！？()]| (?:with|and|for|please|con|com|avec|mit|для|с) /)[0] ?? '').trim().replace(LEADING_WORDS, '');
  if (phrase.length < 2) return undefined;
  return { value: phrase, evidence: `${text.slice(m.index, start)} ${phrase}`.replace(/\s+/g, ' ').trim() };
}

/** The words around a match, for evidence. */
export function quoteAround(text: string, index: number, length: number, context = 24): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - context)) + 1);
  let to = text.indexOf(' ', index + length + context);
  if (to < 0) to = text.length;
  const nl = text.indexOf('\n', index + length);
  if (nl >= 0 && nl < to) to = nl;
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return text.slice(Math.max(from, lineStart), to).trim();
}
