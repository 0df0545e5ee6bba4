import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Customer } from '../../../../../src-shared/customer/customer';
import { buildLetterData } from '../../../../../src-shared/letters/buildLetterData';
import { primaryContact } from '../../../../../src-shared/letters/recipients';
import type { LetterData, RenderedLetter, SenderProfile, TemplateInput, TemplateProblem, TemplateVariant } from '../../../../../src-shared/letters/types';
import { callMain } from '../../../../app/mainApi';
import { exampleExtra } from './exampleInputs';

export const PREVIEW_DELAY_MS = 300;

export type PreviewState =
  | { status: 'idle' }
  | { status: 'rendering' }
  | { status: 'rendered'; letter: RenderedLetter; /** An older letter shown while a newer one renders. */ stale?: boolean }
  | { status: 'broken'; problems: TemplateProblem[] }
  | { status: 'failed'; error: unknown };

interface PreviewArgs {
  variant: TemplateVariant;
  language: string;
  customer: Customer | undefined;
  profile: SenderProfile;
  inputs: readonly TemplateInput[];
  labelOf(input: TemplateInput): string;
}

/**
 * The letter as the chosen customer would get it, rendered in main (Handlebars compiles to code,
 * which the page's CSP forbids) a moment after typing stops. Inputs get example values.
 */
export function usePreview({ variant, language, customer, profile, inputs, labelOf }: PreviewArgs): PreviewState {
  const [sendAt] = useState(() => Date.now());
  const data = useMemo<LetterData | null>(() => {
    if (!customer) return null;
    const contact = primaryContact(customer)?.contact ?? customer.contacts[0] ?? { id: '', name: '', title: '', emails: [], phones: [], whatsapp: '' };
    return buildLetterData({ customer, contact, profile, extra: exampleExtra(inputs, labelOf, sendAt), sendAt, language });
  }, [customer, profile, inputs, labelOf, sendAt, language]);

  const request = useMemo(() => (data ? { variant, data } : null), [variant, data]);
  const [settled] = useDebouncedValue(request, PREVIEW_DELAY_MS);
  const [answer, setAnswer] = useState<{ of: typeof settled; state: PreviewState } | null>(null);

  useEffect(() => {
    if (!settled) return;
    let current = true;
    callMain('letters:render', { variant: settled.variant, items: [settled.data] }).then(
      ({ problems, letters }) => {
        if (!current) return;
        const letter = letters[0];
        setAnswer({ of: settled, state: problems.length > 0 || !letter ? { status: 'broken', problems } : { status: 'rendered', letter } });
      },
      (error: unknown) => current && setAnswer({ of: settled, state: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [settled]);

  if (!request) return { status: 'idle' };
  // While a newer render is on its way the last letter stays on screen, so it does not flicker.
  if (answer && answer.of === request) return answer.state;
  return answer?.state.status === 'rendered' ? { ...answer.state, stale: true } : { status: 'rendering' };
}
