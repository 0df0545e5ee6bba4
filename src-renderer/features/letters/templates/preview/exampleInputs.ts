import type { Money, TemplateInput } from '../../../../../src-shared/letters/types';

/**
 * Example values for a template's inputs, so the preview shows a whole letter before the
 * salesperson has typed the batch's real values in the composer. Keys are dotted paths under
 * `extra` ("quote.number" → { quote: { number } }).
 */
export function exampleExtra(inputs: readonly TemplateInput[], labelOf: (input: TemplateInput) => string, now: number): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const input of inputs) {
    const parts = input.key.trim().split('.').filter(Boolean);
    const last = parts.pop();
    if (!last) continue;
    let node = extra;
    for (const part of parts) {
      const next = node[part];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[last] = exampleValue(input, labelOf(input), now);
  }
  return extra;
}

const DAY = 24 * 60 * 60 * 1000;

function exampleValue(input: TemplateInput, label: string, now: number): unknown {
  switch (input.type) {
    case 'date':
      // Two weeks ahead, as an ISO day: the date helper reads it in the customer's zone.
      return new Date(now + 14 * DAY).toISOString().slice(0, 10);
    case 'money':
      return { minor: 1_250_000, currency: 'USD' } satisfies Money;
    case 'number':
      return 120;
    default:
      return `[${label}]`;
  }
}
