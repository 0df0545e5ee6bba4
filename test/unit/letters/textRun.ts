import { compileLetter, htmlToText } from '../../../src-shared/letters';
import { recordHelperResults } from '../../../src-shared/letters/helpers';
import { runTextProgram, type TextProgram } from '../../../src-shared/letters/textProgram';

/**
 * The text program's text for `data`, run the way compileLetter runs it (helpers recording while
 * the body renders), beside htmlToText of the same rendered body: the two must agree.
 */
export function programAndExpected(program: TextProgram | null, html: string, data: unknown): { text: string | null; expected: string } {
  const render = compileLetter({ subject: 'x', html }).templates.html;
  const tape: unknown[] = [];
  recordHelperResults(tape);
  let body: string;
  try {
    body = render(data);
  } finally {
    recordHelperResults(null);
  }
  return { text: program ? runTextProgram(program, data, tape) : null, expected: htmlToText(body) };
}
