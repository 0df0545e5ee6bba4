import type { Money, TemplateInput } from '../../../../src-shared/letters/types';

/** What the composer's inputs form holds: typed text, or an amount with its currency. */
export type InputValue = string | { amount: string; currency: string };
export type InputValues = Record<string, InputValue>;
export type InputProblem = 'required' | 'notANumber' | 'badAmount' | 'tooManyDecimals' | 'badDate';

/** The currencies offered first; any ISO 4217 code Intl knows is accepted. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'CNY', 'GBP', 'JPY', 'AUD', 'CAD', 'HKD', 'AED', 'SAR', 'BRL', 'MXN', 'RUB', 'INR'] as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export function emptyValue(input: TemplateInput, currency = 'USD'): InputValue {
  return input.type === 'money' ? { amount: '', currency } : '';
}

/** Digits after the decimal point for a currency (JPY 0, USD 2, KWD 3), as Intl states them. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * "1,234.50" USD → 123450. Exact: the digits are joined as text, never multiplied as a float.
 * Answers a problem instead when the text is not an amount or has more decimals than the currency.
 */
export function toMinorUnits(text: string, currency: string): number | 'badAmount' | 'tooManyDecimals' {
  const clean = text.trim().replace(/[\s\u00a0]/g, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(clean);
  if (!match) return 'badAmount';
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  const digits = minorDigits(currency);
  if (fraction.length > digits) return 'tooManyDecimals';
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : 'badAmount';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function convert(input: TemplateInput, value: InputValue | undefined): { value?: unknown; problem?: InputProblem } {
  if (input.type === 'money') {
    const money = typeof value === 'object' ? value : { amount: '', currency: 'USD' };
    if (!money.amount.trim()) return input.required ? { problem: 'required' } : {};
    const minor = toMinorUnits(money.amount, money.currency);
    if (typeof minor !== 'number') return { problem: minor };
    return { value: { minor, currency: money.currency } satisfies Money };
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return input.required ? { problem: 'required' } : {};
  if (input.type === 'number') {
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) ? { value: n } : { problem: 'notANumber' };
  }
  if (input.type === 'date') return isoDate.test(text) ? { value: text } : { problem: 'badDate' };
  return { value: text };
}

/**
 * The template's inputs as `extra` ("closure.lastOrderDate" → extra.closure.lastOrderDate), and a
 * problem per input that is missing or malformed. Letters are rendered only when there is none.
 */
export function buildExtra(inputs: readonly TemplateInput[], values: InputValues): { extra: Record<string, unknown>; problems: Record<string, InputProblem> } {
  const extra: Record<string, unknown> = {};
  const problems: Record<string, InputProblem> = {};
  for (const input of inputs) {
    const { value, problem } = convert(input, values[input.key]);
    if (problem) problems[input.key] = problem;
    if (value === undefined) continue;
    const path = input.key.split('.');
    if (path.some((part) => !part || FORBIDDEN_KEYS.has(part))) continue;
    let node = extra;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = (node[part] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  }
  return { extra, problems };
}
