import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../src-shared/customer/customer';
import { generateBigBook } from '../../../src-shared/sample';

describe('generateBigBook', () => {
  const book = generateBigBook(20_000, 42);

  it('is deterministic', () => {
    expect(generateBigBook(50, 42)).toEqual(book.slice(0, 50));
    expect(generateBigBook(50, 43)).not.toEqual(book.slice(0, 50));
  });

  it('has realistic distributions', () => {
    const share = (pred: (c: (typeof book)[number]) => boolean) => book.filter(pred).length / book.length;
    expect(share((c) => ['C', 'D', 'E'].includes(c.level))).toBeGreaterThan(0.8);
    expect(share((c) => c.level === 'A')).toBeGreaterThan(0.01);
    expect(share((c) => c.country === 'US')).toBeGreaterThan(share((c) => c.country === 'NZ') * 5);
    expect(Math.max(...book.map((c) => c.tags.length))).toBeLessThanOrEqual(4);
    expect(new Set(book.flatMap((c) => c.tags)).size).toBe(30);
    const contacted = book.map((c) => c.lastContactAt).filter((t): t is number => t !== null);
    expect(Math.max(...contacted) - Math.min(...contacted)).toBeGreaterThan(2.5 * 365 * 86_400_000);
    expect(new Set(book.map((c) => c.company)).size).toBeGreaterThan(book.length / 4);
  });

  it('passes the customer schema', () => {
    for (const c of book.slice(0, 2_000)) expect(customerInputSchema.safeParse(c).success).toBe(true);
  });
});
