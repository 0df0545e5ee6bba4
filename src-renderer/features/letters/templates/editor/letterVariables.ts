import type { TemplateInput } from '../../../../../src-shared/letters/types';

/**
 * What a template can refer to (LetterData in src-shared/letters/types.ts), grouped as the
 * variables panel shows it. Each entry is the text inserted at the cursor; its label is the
 * i18n key `templates:variables.field.<path>`.
 */
export interface VariableGroup {
  /** i18n key under templates:variables.group. */
  group: string;
  items: VariableItem[];
}

export interface VariableItem {
  /** What is inserted, e.g. "{{customer.company}}". */
  insert: string;
  /** The path or helper shown, e.g. "customer.company". */
  path: string;
  /** i18n key for the explanation; absent for template inputs, which carry their own labels. */
  describeKey?: string;
  /** A template input's own label, in the UI languages. */
  label?: TemplateInput['label'];
}

const field = (path: string): VariableItem => ({ insert: `{{${path}}}`, path, describeKey: `variables.field.${path}` });

export const DATA_GROUPS: readonly VariableGroup[] = [
  {
    group: 'customer',
    items: ['customer.company', 'customer.city', 'customer.countryName', 'customer.website', 'customer.level', 'customer.background', 'customer.stage'].map(field),
  },
  { group: 'contact', items: ['contact.name', 'contact.firstName', 'contact.lastName', 'contact.title', 'contact.email'].map(field) },
  {
    group: 'salesperson',
    items: ['salesperson.name', 'salesperson.title', 'salesperson.email', 'salesperson.phone', 'salesperson.whatsapp'].map(field),
  },
  { group: 'company', items: ['company.name', 'company.website', 'company.address', 'company.phone'].map(field) },
  {
    group: 'products',
    items: [
      { insert: '{{list customer.products}}', path: 'customer.products', describeKey: 'variables.field.customer.products' },
      { insert: '{{products}}', path: 'products', describeKey: 'variables.field.products' },
      {
        insert: '{{#each products}}{{name}}{{#if model}} ({{model}}){{/if}}{{/each}}',
        path: '#each products',
        describeKey: 'variables.field.eachProducts',
      },
    ],
  },
];

/** The helpers (the only ones the engine knows), each with a ready example. */
export const HELPERS: readonly VariableItem[] = [
  { insert: '{{salutation}}', path: 'salutation', describeKey: 'variables.helper.salutation' },
  { insert: '{{greeting}}', path: 'greeting', describeKey: 'variables.helper.greeting' },
  { insert: '{{date letter.sendAt}}', path: 'date', describeKey: 'variables.helper.date' },
  { insert: '{{money extra.quote.total}}', path: 'money', describeKey: 'variables.helper.money' },
  { insert: '{{list customer.products}}', path: 'list', describeKey: 'variables.helper.list' },
  { insert: '{{plural extra.quote.cartons one="# carton" other="# cartons"}}', path: 'plural', describeKey: 'variables.helper.plural' },
  { insert: '{{products style="inline"}}', path: 'products', describeKey: 'variables.helper.products' },
  { insert: '{{#if contact.title}}{{/if}}', path: '#if', describeKey: 'variables.helper.if' },
];

/** The prefixes of template inputs the panel names (quote, festival, closure, inquiry, sample). */
const KNOWN_INPUT_GROUPS = new Set(['quote', 'festival', 'closure', 'inquiry', 'sample']);

/** The template's declared inputs as groups by their first path segment (extra.quote.*, …). */
export function inputGroups(inputs: readonly TemplateInput[]): VariableGroup[] {
  const groups = new Map<string, VariableItem[]>();
  for (const input of inputs) {
    const key = input.key.trim();
    if (!key) continue;
    const head = key.split('.')[0] ?? key;
    const group = KNOWN_INPUT_GROUPS.has(head) ? head : 'other';
    const insert = input.type === 'date' ? `{{date extra.${key}}}` : input.type === 'money' ? `{{money extra.${key}}}` : `{{extra.${key}}}`;
    const list = groups.get(group) ?? [];
    list.push({ insert, path: `extra.${key}`, label: input.label });
    groups.set(group, list);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
