import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLetterData, type LetterData, type LetterTemplate, type TemplateInput } from '../../../src-shared/letters';
import { JUNE_1, PROFILE } from './fixtures';

/** The default pack in resources/templates, and letter data for it, as the app would build it. */
export const packRoot = resolve(import.meta.dirname, '../../../resources/templates');

export function readPack(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of readdirSync(packRoot, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(packRoot, dir.name))) files[`${dir.name}/${name}`] = readFileSync(join(packRoot, dir.name, name), 'utf8');
  }
  return files;
}

const COUNTRY: Record<string, { country: string; timeZone: string }> = {
  en: { country: 'US', timeZone: 'America/Chicago' },
  es: { country: 'MX', timeZone: 'America/Mexico_City' },
  pt: { country: 'BR', timeZone: 'America/Sao_Paulo' },
  fr: { country: 'FR', timeZone: 'Europe/Paris' },
  de: { country: 'DE', timeZone: 'Europe/Berlin' },
  ru: { country: 'RU', timeZone: 'Europe/Moscow' },
  ar: { country: 'SA', timeZone: 'Asia/Riyadh' },
  zh: { country: 'CN', timeZone: 'Asia/Shanghai' },
};

function inputValue(input: TemplateInput): unknown {
  if (input.key.endsWith('questions')) return ['Which voltage do you need?', 'Which certificates does your market require?'];
  switch (input.type) {
    case 'date':
      return '2026-07-15';
    case 'money':
      return { minor: 1_234_500, currency: 'USD' };
    case 'number':
      return 1200;
    default:
      return `${input.key.split('.').pop()}-value`;
  }
}

function extraFor(template: LetterTemplate, which: 'all' | 'required'): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const input of template.inputs) if (which === 'all' || input.required) extra[input.key] = inputValue(input);
  return extra;
}

/** Data for a customer with every field filled (`full`) or only what is required. */
export function packLetterData(template: LetterTemplate, language: string, full: boolean): LetterData {
  const place = COUNTRY[language] ?? { country: 'US', timeZone: 'UTC' };
  const customer = {
    company: 'Sunrise Trading', ...place, city: full ? 'Springfield' : '', website: full ? 'sunrise.example' : '',
    level: 'B', background: 'importerWholesaler', stage: 'quoted',
    products: full ? ['LED bulbs', 'panel lights'] : [], lastContactAt: full ? JUNE_1 - 30 * 86_400_000 : null, language,
  };
  const contact = full ? { name: 'Maria Lopez', title: 'Purchasing Manager', emails: ['maria@sunrise.example'] } : { name: '', title: '', emails: ['info@sunrise.example'] };
  const profile = full
    ? PROFILE
    : { salesperson: { name: 'Li Wei', title: '', email: '', phone: '', whatsapp: '' }, company: { name: 'Bright Lighting', website: '', address: '', phone: '' } };
  const data = buildLetterData({ customer, contact, profile, extra: extraFor(template, full ? 'all' : 'required'), sendAt: JUNE_1, language });
  return data;
}
