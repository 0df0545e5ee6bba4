import { Metadata, type CountryCode } from 'libphonenumber-js/min';

/**
 * A fast path for normalisePhone: the same answer as libphonenumber-js's
 * parsePhoneNumberFromString(value, country)?.isValid() → .number, with the "min" metadata, about
 * ten times faster, because each country's patterns are compiled once instead of on every call
 * (the library builds a new RegExp and a new Metadata object for each pattern it tries).
 *
 * It decides only numbers written the common way: ASCII digits, spaces, - . ( ), an optional
 * leading "+", at least 3 digits. Anything else (letters, an extension, full-width digits, "tel:"…)
 * returns undefined and the caller asks the library. Within that alphabet the steps below are the
 * library's own (parse.js and its helpers, v1.13), in the same order, with the same patterns from
 * the same metadata; a unit test compares the two on tens of thousands of numbers of every country.
 *
 * For that alphabet the library's extraction steps do nothing: no extension pattern can match
 * without letters, "#", "~", "," or ";"; no RFC 3966 "tel:" / ";phone-context="; the number is
 * viable as soon as it has 3 digits; the digits are the ASCII digits in order, the "+" kept first.
 */

/** What this module uses of libphonenumber-js's Metadata class (public at runtime, untyped). */
interface NumberingPlanApi {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface MetadataApi {
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  numberingPlan?: NumberingPlanApi;
}

/** One numbering plan with its patterns compiled. */
interface Plan {
  callingCode: string;
  /** new RegExp(IDDPrefix), as stripIddPrefix builds it. */
  idd: RegExp;
  /** ^(?:national number pattern)$, as matchesEntirely builds it. */
  national: RegExp;
  possibleLengths: number[] | undefined;
  /** ^(?:national prefix for parsing), as extractNationalNumberFromPossiblyIncompleteNumber builds it. */
  nationalPrefix: RegExp | null;
  transformRule: string | undefined;
  leadingDigits: RegExp | null;
  /** The number types with a pattern (null when the plan has no types, as most have in "min"). */
  types: { pattern: RegExp; lengths: number[] | undefined }[] | null;
}

// getNumberType's order; for validity only "any of them" matters.
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;
/** Longer text is left to the library (which refuses above 250 characters). */
const MAX_FAST_LENGTH = 64;

let metadata: MetadataApi | null = null;
const plans = new Map<string, Plan>();
const callingCodes = new Map<string, boolean>();
const sharedCodes = new Map<string, readonly string[] | null>();

function meta(): MetadataApi {
  metadata ??= new Metadata() as unknown as MetadataApi;
  return metadata;
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/** The plan selectNumberingPlan(countryOrCallingCode) selects, compiled once. */
function planOf(countryOrCallingCode: string): Plan {
  let plan = plans.get(countryOrCallingCode);
  if (plan) return plan;
  const m = meta();
  m.selectNumberingPlan(countryOrCallingCode);
  const p = m.numberingPlan;
  if (!p) throw new Error(`No numbering plan for ${countryOrCallingCode}`);
  const idd = p.IDDPrefix();
  const nationalPrefix = p.nationalPrefixForParsing();
  const leadingDigits = p.leadingDigits();
  let types: Plan['types'] = null;
  if (p.hasTypes()) {
    types = [];
    for (const name of TYPES) {
      const type = p.type(name);
      const pattern = type?.pattern();
      if (type && pattern) types.push({ pattern: entirely(pattern), lengths: type.possibleLengths() });
    }
  }
  plan = {
    callingCode: p.callingCode(),
    idd: idd === undefined ? new RegExp('(?:)') : new RegExp(idd),
    national: entirely(p.nationalNumberPattern()),
    possibleLengths: p.possibleLengths(),
    nationalPrefix: nationalPrefix ? new RegExp(`^(?:${nationalPrefix})`) : null,
    transformRule: p.nationalPrefixTransformRule(),
    leadingDigits: leadingDigits ? new RegExp(leadingDigits) : null,
    types,
  };
  plans.set(countryOrCallingCode, plan);
  return plan;
}

function hasCallingCode(code: string): boolean {
  let known = callingCodes.get(code);
  if (known === undefined) {
    known = !!meta().hasCallingCode(code);
    callingCodes.set(code, known);
  }
  return known;
}

function countriesOfCallingCode(code: string): readonly string[] | null {
  let countries = sharedCodes.get(code);
  if (countries === undefined) {
    countries = meta().getCountryCodesForCallingCode(code) ?? null;
    sharedCodes.set(code, countries);
  }
  return countries;
}

/**
 * E.164 for a valid number, null for an invalid one, undefined when the text is not in the
 * alphabet this fast path handles (ask libphonenumber-js then). `country` must be supported.
 */
export function fastNormalisePhone(text: string, country: CountryCode | undefined): string | null | undefined {
  const n = text.length;
  if (n === 0 || n > MAX_FAST_LENGTH) return undefined;
  const plus = text.charCodeAt(0) === 0x2b;
  let digits = '';
  let runStart = -1;
  for (let i = plus ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (runStart < 0) runStart = i;
      continue;
    }
    // space - . ( )
    if (c !== 0x20 && c !== 0x2d && c !== 0x2e && c !== 0x28 && c !== 0x29) return undefined;
    if (runStart >= 0) {
      digits += text.slice(runStart, i);
      runStart = -1;
    }
  }
  if (runStart >= 0) digits += text.slice(runStart);
  if (digits.length < 3) return undefined;
  return parseDigits(digits, plus, country);
}

/** parse.js from "+" and the digits on: extractCountryCallingCode, then parsePhoneNumber, then isValid. */
function parseDigits(digits: string, plus: boolean, defaultCountry: CountryCode | undefined): string | null {
  let callingCode: string | undefined;
  let rest: string | undefined;
  let international = plus;
  let number = digits;
  if (!plus && defaultCountry) {
    const plan = planOf(defaultCountry);
    const withoutIdd = stripIddPrefix(digits, plan);
    if (withoutIdd && withoutIdd !== digits) {
      international = true;
      number = withoutIdd;
    } else {
      const shorter = withoutCallingCode(digits, plan);
      if (shorter !== undefined) callingCode = plan.callingCode;
      rest = shorter ?? digits;
    }
  }
  if (international) {
    // "+0…" is no calling code; else the first prefix of 1-3 digits that is one.
    if (number.charCodeAt(0) === 0x30) return null;
    for (let length = 1; length <= MAX_LENGTH_COUNTRY_CODE && length <= number.length; length++) {
      const code = number.slice(0, length);
      if (hasCallingCode(code)) {
        callingCode = code;
        break;
      }
    }
    if (callingCode === undefined) return null;
    rest = number.slice(callingCode.length);
  }
  rest ??= digits;

  // parsePhoneNumber: the calling code's plan, else the default country's.
  let plan: Plan;
  if (callingCode !== undefined) plan = planOf(callingCode);
  else if (defaultCountry) {
    plan = planOf(defaultCountry);
    callingCode = plan.callingCode;
  } else return null;
  if (!rest) return null;

  const nationalNumber = extractNationalNumber(rest, plan);
  // The exact country among those sharing the calling code; isValid checks against its plan.
  const exact = countryOfCallingCode(callingCode, nationalNumber);
  if (exact) plan = planOf(exact);
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return null;
  const valid = plan.types ? hasNumberType(nationalNumber, plan) : plan.national.test(nationalNumber);
  return valid ? `+${callingCode}${nationalNumber}` : null;
}

/** stripIddPrefix: "00 49…" with country DE is "49…"; undefined when there is no IDD prefix. */
function stripIddPrefix(digits: string, plan: Plan): string | undefined {
  if (digits.search(plan.idd) !== 0) return undefined;
  const after = digits.slice(plan.idd.exec(digits)?.[0].length ?? 0);
  // A calling code never starts with 0.
  if (after.charCodeAt(0) === 0x30) return undefined;
  return after;
}

/**
 * extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: "4930123456" with country DE is
 * +49 30123456 when the digits are no valid German number as they stand (or too long for one).
 */
function withoutCallingCode(digits: string, plan: Plan): string | undefined {
  const code = plan.callingCode;
  if (!digits.startsWith(code)) return undefined;
  const shorter = digits.slice(code.length);
  const shorterNational = extractNationalNumber(shorter, plan);
  const national = extractNationalNumber(digits, plan);
  if (
    (!plan.national.test(national) && plan.national.test(shorterNational)) ||
    checkLength(national.length, plan.possibleLengths) === 'TOO_LONG'
  ) {
    return shorter;
  }
  return undefined;
}

/** extractNationalNumber: strips the national prefix (and a carrier code) when what remains is plausible. */
function extractNationalNumber(number: string, plan: Plan): string {
  const national = stripNationalPrefix(number, plan);
  if (national === number) return number;
  if (plan.national.test(number) && !plan.national.test(national)) return number;
  if (plan.possibleLengths) {
    const country = countryOfCallingCode(plan.callingCode, national);
    const lengths = country ? planOf(country).possibleLengths : plan.possibleLengths;
    const verdict = checkLength(national.length, lengths);
    if (verdict === 'TOO_SHORT' || verdict === 'INVALID_LENGTH') return number;
  }
  return national;
}

/** extractNationalNumberFromPossiblyIncompleteNumber, keeping only the national number. */
function stripNationalPrefix(number: string, plan: Plan): string {
  if (!number || !plan.nationalPrefix) return number;
  const match = plan.nationalPrefix.exec(number);
  if (!match) return number;
  const groups = match.length - 1;
  const hasGroups = groups > 0 && !!match[groups];
  if (plan.transformRule && hasGroups) return number.replace(plan.nationalPrefix, plan.transformRule);
  return number.slice(match[0].length);
}

/** getCountryByCallingCode: which of the countries sharing a calling code (+1, +7, +44…) a number is in. */
function countryOfCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesOfCallingCode(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leadingDigits) {
      if (nationalNumber && nationalNumber.search(plan.leadingDigits) === 0) return country;
    } else if (plan.types && hasNumberType(nationalNumber, plan)) {
      return country;
    }
  }
  return undefined;
}

/** getNumberType(…) !== undefined. */
function hasNumberType(nationalNumber: string, plan: Plan): boolean {
  if (!plan.types || !plan.national.test(nationalNumber)) return false;
  const length = nationalNumber.length;
  for (const type of plan.types) {
    if (type.lengths && !type.lengths.includes(length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

/** checkNumberLength without a type. */
function checkLength(length: number, possible: number[] | undefined): 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' {
  if (!possible) return 'IS_POSSIBLE';
  const min = possible[0] ?? 0;
  if (min === length) return 'IS_POSSIBLE';
  if (min > length) return 'TOO_SHORT';
  if ((possible[possible.length - 1] ?? 0) < length) return 'TOO_LONG';
  return possible.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}
