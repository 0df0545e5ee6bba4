/**
 * letters-render: 10,000 letters to the customers of a synthetic book, one template (the default
 * pack's quote cover letter, each customer in their own language).
 * - ours: the app's path per recipient: pickVariant, primaryContact, buildLetterData, renderLetter
 *   (required-field check, subject, HTML, and the plain text: from the template's compiled text
 *   program with the helper results recorded during the HTML render, see
 *   src-shared/letters/textProgram.ts) and checkRecipient;
 * - baseline: the same compiled Handlebars templates (same environment and helpers) called raw,
 *   subject and body, on the same data objects, built beforehand (the helpers' result recording is
 *   off there: it costs the baseline one null check per helper call).
 * value and baseline are milliseconds for all letters, the median of several rounds after a
 * warm-up; ratio = baseline / ours (target ≥ 0.8).
 *
 * Standalone: `npx tsx test/bench/letters.ts` writes bench-results/letters-render.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Customer } from '../../src-shared/customer/customer';
import {
  buildLetterData,
  checkRecipient,
  compileLetter,
  type LetterData,
  type LetterTemplate,
  parseTemplatePack,
  pickVariant,
  primaryContact,
  renderLetter,
  type SenderProfile,
} from '../../src-shared/letters';
import { generateBigBook } from '../../src-shared/sample';
import { alternateRounds, median } from './rounds';

const N = 10_000;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const TEMPLATE_ID = 'quote-cover';
const root = resolve(import.meta.dirname, '../..');
const SEND_AT = Date.UTC(2026, 5, 1, 8);

const PROFILE: SenderProfile = {
  salesperson: { name: 'Li Wei', title: 'Sales Manager', email: 'li.wei@brightlight.cn', phone: '+86 574 8888 1234', whatsapp: '+86 138 0000 1234' },
  company: { name: 'Ningbo Bright Lighting Co., Ltd.', website: 'https://brightlight.cn', address: 'Ningbo, China', phone: '' },
};
const EXTRA = {
  'quote.number': 'Q-2026-0612',
  'quote.total': { minor: 1_845_000, currency: 'USD' },
  'quote.incoterm': 'FOB Ningbo',
  'quote.validUntil': '2026-07-15',
  'quote.leadTime': '25 days after deposit',
};

function loadTemplate(): LetterTemplate {
  const dir = resolve(root, 'resources/templates', TEMPLATE_ID);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) files[`${TEMPLATE_ID}/${name}`] = readFileSync(join(dir, name), 'utf8');
  const template = parseTemplatePack(files)[0];
  if (!template) throw new Error(`resources/templates/${TEMPLATE_ID} did not load`);
  return template;
}

/** The book's customers as stored records (contacts with ids), which is what the composer holds. */
function loadCustomers(): Customer[] {
  return generateBigBook(N, 7).map((c, i) => ({
    ...c,
    id: `c${i}`,
    contacts: c.contacts.map((k, j) => ({ ...k, id: `c${i}-${j}` })),
    createdAt: 0,
    updatedAt: 0,
    emails: [],
    domain: '',
    nameKey: '',
  }));
}

export async function runLettersBench(): Promise<{ name: 'letters-render'; n: number; value: number; baseline: number; ratio: number; [k: string]: unknown }> {
  const template = loadTemplate();
  const customers = loadCustomers();
  const bounced = new Set<string>(['nobody@example.com']);

  // The baseline's inputs: the same data objects and the same compiled functions ours uses.
  const prepared = customers.map((customer) => {
    const choice = pickVariant(template, customer.language);
    const primary = primaryContact(customer);
    const data = buildLetterData({ customer, contact: primary?.contact ?? customer.contacts[0] ?? null, profile: PROFILE, extra: EXTRA, sendAt: SEND_AT, language: choice.language });
    return { data, compiled: compileLetter(choice.variant).templates };
  });

  let sink = 0;
  const raw = (): number => {
    const t0 = performance.now();
    for (const { data, compiled } of prepared) {
      sink += compiled.subject(data).length + compiled.html(data).length;
    }
    return performance.now() - t0;
  };
  let held = 0;
  const ours = (): number => {
    held = 0;
    const t0 = performance.now();
    for (const customer of customers) {
      const choice = pickVariant(template, customer.language);
      const primary = primaryContact(customer);
      const contact = primary?.contact ?? customer.contacts[0] ?? null;
      const data: LetterData = buildLetterData({ customer, contact, profile: PROFILE, extra: EXTRA, sendAt: SEND_AT, language: choice.language });
      const letter = renderLetter(choice.variant, data);
      const problems = checkRecipient({ customer, contact, letter, kind: template.kind, bounced, recentDays: 3, now: SEND_AT });
      if (problems.length) held++;
      sink += letter.text.length;
    }
    return performance.now() - t0;
  };

  // Warm-up: compile, JIT and fill the Intl caches on both paths.
  for (let i = 0; i < 2; i++) {
    raw();
    ours();
  }
  const { oursMs, rawMs } = alternateRounds(ROUNDS, ours, raw);
  const value = median(oursMs);
  const baseline = median(rawMs);
  // Reporting only, after the measured rounds (they do not change value or baseline): how much of
  // ours is spent before rendering, reading the stored records (pickVariant and primaryContact)
  // and building the data from them (+ buildLetterData).
  const before = (withData: boolean) => (): number => {
    const t0 = performance.now();
    for (const customer of customers) {
      const choice = pickVariant(template, customer.language);
      const primary = primaryContact(customer);
      const contact = primary?.contact ?? customer.contacts[0] ?? null;
      if (withData) sink += buildLetterData({ customer, contact, profile: PROFILE, extra: EXTRA, sendAt: SEND_AT, language: choice.language }).contact.name.length;
      else sink += choice.language.length + (contact ? 1 : 0);
    }
    return performance.now() - t0;
  };
  const perLetter = (loop: () => number) => (median([loop(), loop(), loop()]) * 1000) / N;
  const recordsUs = perLetter(before(false));
  const dataUs = perLetter(before(true));
  const languages = new Set(prepared.map((p) => p.data.letter.language));
  return {
    name: 'letters-render',
    n: N,
    value,
    baseline,
    ratio: baseline / value,
    target: '>= 0.8 (baseline time / ours)',
    pass: baseline / value >= 0.8,
    rounds: ROUNDS,
    ours_rounds_ms: oursMs,
    baseline_rounds_ms: rawMs,
    ours_us_per_letter: (value * 1000) / N,
    baseline_us_per_letter: (baseline * 1000) / N,
    ours_records_us_per_letter: recordsUs,
    ours_records_and_data_us_per_letter: dataUs,
    template: TEMPLATE_ID,
    languages: [...languages].sort().join(' '),
    held_back: held,
    checksum: sink % 1000,
  };
}

async function main(): Promise<void> {
  const result = await runLettersBench();
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? round(x) : x)) : v]));
  const dir = resolve(root, 'bench-results');
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, 'letters-render.json'), `${JSON.stringify(clean, null, 2)}\n`);
  console.log(
    `${result.ratio >= 0.8 ? 'ok  ' : 'MISS'} letters-render n=${result.n} ours=${round(result.value)}ms baseline=${round(result.baseline)}ms ratio=${round(result.ratio)} (target >= 0.8)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
