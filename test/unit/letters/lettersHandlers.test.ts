import { describe, expect, it } from 'vitest';
import { createLettersHandlers } from '../../../src-main/ipc/lettersHandlers';
import { letterData } from './fixtures';

describe('letters handlers', () => {
  const handlers = createLettersHandlers();

  it('letters:check answers the problems', async () => {
    expect(await handlers['letters:check']({ variant: { subject: 'Hi', html: '<p>{{customer.company}}</p>' } })).toEqual({ problems: [] });
    const { problems } = await handlers['letters:check']({ variant: { subject: 'Hi', html: '<p>\n{{{customer.company}}}</p>' } });
    expect(problems).toEqual([expect.objectContaining({ code: 'unescapedOutput', line: 2 })]);
  });

  it('letters:render renders each item in order', async () => {
    const variant = { subject: 'For {{customer.company}}', html: '<p>{{salutation}}</p><p>{{extra.quote.number}}</p>' };
    const answer = await handlers['letters:render']({
      variant,
      items: [letterData({ customer: { company: 'A & B' } }), letterData({ customer: { company: 'C' }, contact: { name: '', title: '' } })],
    });
    expect(answer.problems).toEqual([]);
    expect(answer.letters.map((l) => [l.subject, l.text, l.missing])).toEqual([
      ['For A & B', 'Dear Maria Lopez,', ['extra.quote.number']],
      ['For C', 'Dear Sir or Madam,', ['extra.quote.number']],
    ]);
  });

  it('letters:render answers problems and no letters for a broken template', async () => {
    const answer = await handlers['letters:render']({ variant: { subject: '{{', html: 'x' }, items: [letterData()] });
    expect(answer.letters).toEqual([]);
    expect(answer.problems).toEqual([expect.objectContaining({ part: 'subject', code: 'syntax', line: 1 })]);
  });
});
