import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { MAX_TEMPLATE_CHARS } from '../../../../../src-shared/ipc/contract';
import type { TemplateProblem, TemplateVariant } from '../../../../../src-shared/letters/types';
import { callMain } from '../../../../app/mainApi';

export const CHECK_DELAY_MS = 300;

export interface TemplateChecks {
  /** Problems by variant language, for the variants as last checked. */
  problems: Record<string, TemplateProblem[]>;
  /** True until the variants on screen have been checked (typing restarts the wait). */
  pending: boolean;
  /** The check itself failed (main unreachable): saving waits for a check that worked. */
  error: unknown;
}

/**
 * Every variant checked in main (syntax with line and column, unknown helpers, triple-stash…),
 * a moment after typing stops. Main checks because Handlebars' parser is the judge of syntax.
 */
export function useTemplateChecks(variants: Record<string, TemplateVariant>): TemplateChecks {
  const [settled] = useDebouncedValue(variants, CHECK_DELAY_MS);
  const [result, setResult] = useState<{ of: Record<string, TemplateVariant>; problems: Record<string, TemplateProblem[]>; error: unknown } | null>(
    null,
  );

  useEffect(() => {
    let current = true;
    Promise.all(Object.entries(settled).map(async ([lang, variant]) => [lang, await checkVariant(variant)] as const)).then(
      (entries) => current && setResult({ of: settled, problems: Object.fromEntries(entries), error: null }),
      (error: unknown) => current && setResult({ of: settled, problems: {}, error }),
    );
    return () => {
      current = false;
    };
  }, [settled]);

  const fresh = result !== null && result.of === variants;
  return { problems: result?.problems ?? {}, pending: !fresh, error: fresh ? result.error : null };
}

/** Too large for main to accept: said here, in the same words as main's own check. */
function checkVariant(variant: TemplateVariant): Promise<TemplateProblem[]> {
  const tooLarge = (['subject', 'html'] as const).filter((part) => variant[part].length > MAX_TEMPLATE_CHARS);
  if (tooLarge.length > 0) {
    return Promise.resolve(
      tooLarge.map((part) => ({ part, code: 'tooLarge' as const, message: `${variant[part].length} characters`, line: 0, column: 0 })),
    );
  }
  return callMain('letters:check', { variant }).then((r) => r.problems);
}
