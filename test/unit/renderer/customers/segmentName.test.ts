import { describe, expect, it } from 'vitest';
import { SEGMENT_NAME_MAX } from '../../../../src-renderer/data';
import { MAX_SEGMENT_NAME, segmentNameProblem } from '../../../../src-renderer/features/customers/segments/segmentName';

const existing = [
  { id: 's1', name: 'Germany A-level' },
  { id: 's2', name: '  巴西客户 ' },
  { id: 's3', name: 'İstanbul' },
];

describe('segmentNameProblem', () => {
  it('uses the book\'s own length limit', () => {
    expect(MAX_SEGMENT_NAME).toBe(SEGMENT_NAME_MAX);
  });

  it('accepts a new name', () => {
    expect(segmentNameProblem('Brazil buyers', existing)).toBeNull();
    expect(segmentNameProblem('德国客户', existing)).toBeNull();
    expect(segmentNameProblem('x', [])).toBeNull();
  });

  it('requires a name that is more than spaces', () => {
    for (const name of ['', '   ', '\t\n', '\u00a0']) expect(segmentNameProblem(name, existing), JSON.stringify(name)).toBe('required');
  });

  it('counts the length after trimming', () => {
    expect(segmentNameProblem('a'.repeat(MAX_SEGMENT_NAME), [])).toBeNull();
    expect(segmentNameProblem(`  ${'a'.repeat(MAX_SEGMENT_NAME)}  `, [])).toBeNull();
    expect(segmentNameProblem('a'.repeat(MAX_SEGMENT_NAME + 1), [])).toBe('tooLong');
    expect(segmentNameProblem('客'.repeat(MAX_SEGMENT_NAME + 1), [])).toBe('tooLong');
  });

  it('refuses a name already taken, whatever its case or surrounding spaces', () => {
    expect(segmentNameProblem('germany a-level', existing)).toBe('duplicate');
    expect(segmentNameProblem('  GERMANY A-LEVEL  ', existing)).toBe('duplicate');
    expect(segmentNameProblem('巴西客户', existing)).toBe('duplicate');
    expect(segmentNameProblem('Germany A level', existing)).toBeNull();
    expect(segmentNameProblem('İSTANBUL', existing)).toBe('duplicate');
  });

  it('lets a segment keep its own name when renamed, even in another case', () => {
    expect(segmentNameProblem('Germany A-level', existing, 's1')).toBeNull();
    expect(segmentNameProblem('GERMANY A-LEVEL', existing, 's1')).toBeNull();
    expect(segmentNameProblem('Germany A-level', existing, 's2')).toBe('duplicate');
  });

  it('checks the length before looking for duplicates, and emptiness before both', () => {
    const long = 'b'.repeat(MAX_SEGMENT_NAME + 1);
    expect(segmentNameProblem(long, [{ id: 'x', name: long }])).toBe('tooLong');
    expect(segmentNameProblem(' ', [{ id: 'x', name: '' }])).toBe('required');
  });
});
