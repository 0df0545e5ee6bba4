import { getAllCountries, getCountry } from 'countries-and-timezones';

/**
 * Countries: the ISO 3166-1 codes, each one's business time zone and usual language, and a reverse
 * lookup from names people type ("USA", "Brasil", "中国") to codes. Display names come from
 * Intl.DisplayNames in the UI language, never from a table of our own.
 */

const COUNTRY_CODES: readonly string[] = Object.keys(getAllCountries()).filter((c) => /^[A-Z]{2}$/.test(c)).sort();
const CODE_SET = new Set(COUNTRY_CODES);

export function listCountryCodes(): readonly string[] {
  return COUNTRY_CODES;
}

export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}

// Where a country spans several zones, business happens mostly in one of them.
const BUSINESS_TIME_ZONE: Record<string, string> = {
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', RU: 'Europe/Moscow', AU: 'Australia/Sydney',
  ID: 'Asia/Jakarta', KZ: 'Asia/Almaty', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', DE: 'Europe/Berlin',
  CN: 'Asia/Shanghai', UA: 'Europe/Kyiv', NZ: 'Pacific/Auckland', EC: 'America/Guayaquil', CD: 'Africa/Kinshasa',
  MN: 'Asia/Ulaanbaatar', MY: 'Asia/Kuala_Lumpur', GB: 'Europe/London', FR: 'Europe/Paris', CY: 'Asia/Nicosia',
  UZ: 'Asia/Tashkent', PG: 'Pacific/Port_Moresby', KI: 'Pacific/Tarawa', FM: 'Pacific/Pohnpei', MH: 'Pacific/Majuro',
  PF: 'Pacific/Tahiti', GL: 'America/Nuuk', AQ: 'Antarctica/McMurdo', UM: 'Pacific/Wake', CW: 'America/Curacao',
};

/** The time zone a new customer in this country gets until the salesperson says otherwise. */
export function defaultTimeZone(country: string): string {
  const preset = BUSINESS_TIME_ZONE[country];
  if (preset) return preset;
  const zones = getCountry(country as Parameters<typeof getCountry>[0])?.timezones ?? [];
  return zones[0] ?? 'UTC';
}

const LANGUAGE_BY_COUNTRY: Record<string, string> = {};
const assign = (language: string, countries: string) => {
  for (const c of countries.split(' ')) LANGUAGE_BY_COUNTRY[c] = language;
};
assign('es', 'ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ');
assign('pt-BR', 'BR');
assign('pt', 'PT AO MZ CV GW ST TL');
assign('fr', 'FR BE LU MC SN CI CM ML BF NE TD GN BJ TG CG CD GA DJ KM MG HT NC PF RE GP MQ GF YT');
assign('de', 'DE AT LI');
assign('ru', 'RU BY KZ KG TJ');
assign('ar', 'SA AE KW QA BH OM JO EG DZ IQ LB LY MA SD SY TN YE PS MR');
assign('zh-CN', 'CN SG');
assign('zh-TW', 'TW HK MO');
assign('it', 'IT SM VA');
assign('tr', 'TR');
assign('ja', 'JP');
assign('ko', 'KR');
assign('nl', 'NL SR');
assign('pl', 'PL');
assign('uk', 'UA');
assign('vi', 'VN');
assign('th', 'TH');
assign('id', 'ID');
assign('fa', 'IR');
assign('he', 'IL');

/** The language a new customer in this country is written to by default. */
export function defaultLanguage(country: string): string {
  return LANGUAGE_BY_COUNTRY[country] ?? 'en';
}

const NAME_LANGUAGES = ['en', 'zh-Hans', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'it', 'tr'];
const ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.a.': 'US', 'u.s.': 'US', us: 'US', america: 'US', 'united states of america': 'US',
  uk: 'GB', 'u.k.': 'GB', england: 'GB', 'great britain': 'GB', britain: 'GB', scotland: 'GB', wales: 'GB',
  uae: 'AE', 'u.a.e.': 'AE', 'emirates': 'AE', ksa: 'SA', russia: 'RU', 'russian federation': 'RU',
  korea: 'KR', 'south korea': 'KR', 'republic of korea': 'KR', holland: 'NL', turkey: 'TR', türkiye: 'TR',
  vietnam: 'VN', 'viet nam': 'VN', 'czech republic': 'CZ', 'ivory coast': 'CI', 'hong kong': 'HK',
  taiwan: 'TW', macau: 'MO', 'mainland china': 'CN', prc: 'CN', 'p.r.china': 'CN', 'p.r. china': 'CN',
  brasil: 'BR', méxico: 'MX', 'deutschland': 'DE', 'españa': 'ES', 'россия': 'RU', '美国': 'US', '英国': 'GB',
};
let nameIndex: Map<string, string> | null = null;

const foldName = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const lang of NAME_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name && name !== code && !index.has(foldName(name))) index.set(foldName(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(foldName(alias), code);
  return index;
}

/**
 * The ISO code for what a person or a spreadsheet wrote: a code ("br", "BR"), or a name in one of
 * the common languages ("Brazil", "Brasil", "巴西"). Returns null when it is no country we know.
 */
export function countryCodeFromText(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  if (/^[a-zA-Z]{2}$/.test(t)) {
    const code = t.toUpperCase();
    if (code === 'UK') return 'GB';
    return CODE_SET.has(code) ? code : null;
  }
  nameIndex ??= buildNameIndex();
  return nameIndex.get(foldName(t)) ?? null;
}
