import type { InvokeArg, InvokeResult } from '../../src-shared/ipc/contract';
import { checkTemplate, compileLetter, TemplateError } from '../../src-shared/letters';
import type { LetterData } from '../../src-shared/letters';
import type { Handlers } from './dispatch';

/**
 * Letters are rendered in main: Handlebars compiles templates to code, which the page's CSP (no
 * eval) forbids. Compiled variants are cached by source (compileLetter), so a batch sent in
 * chunks of MAX_RENDER_BATCH compiles once.
 */
export interface LettersHandlers {
  'letters:check': (arg: InvokeArg<'letters:check'>) => Promise<InvokeResult<'letters:check'>>;
  'letters:render': (arg: InvokeArg<'letters:render'>) => Promise<InvokeResult<'letters:render'>>;
}

export function createLettersHandlers(): LettersHandlers {
  return {
    'letters:check': async (arg: InvokeArg<'letters:check'>): Promise<InvokeResult<'letters:check'>> => ({
      problems: checkTemplate(arg.variant),
    }),
    'letters:render': async (arg: InvokeArg<'letters:render'>): Promise<InvokeResult<'letters:render'>> => {
      let compiled;
      try {
        compiled = compileLetter(arg.variant);
      } catch (err) {
        if (err instanceof TemplateError) return { problems: err.problems, letters: [] };
        throw err;
      }
      // The items crossed IPC as plain objects (checked as objects by the contract, not field by
      // field); rendering reads them defensively and never throws for a missing field.
      return { problems: [], letters: arg.items.map((data: LetterData) => compiled.render(data)) };
    },
  } satisfies Pick<Handlers, 'letters:check' | 'letters:render'>;
}
