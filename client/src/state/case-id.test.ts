import { describe, expect, it } from 'vitest';
import { caseIdProblem } from './case-id.ts';

describe('the case id rule', () => {
  it('takes letters, digits and _ . : - starting with a letter or digit, up to 128 characters', () => {
    for (const id of ['kursk', 'Kursk-2024', 'a', '0', 'ops:2024.q3_b', 'x'.repeat(128)])
      expect(caseIdProblem(id), id).toBeNull();
  });

  it('refuses anything else with words that say what an id may hold', () => {
    for (const id of ['bad id', '-kursk', '.hidden', '_x', 'a/b', 'ünïcode', 'x'.repeat(129), 'a+b'])
      expect(caseIdProblem(id), id).toMatch(/is not a valid case id: use letters, digits and _ \. : -/);
    expect(caseIdProblem('')).toMatch(/Give the case an id/);
  });

  it('shortens a long bad id in the message', () => {
    const message = caseIdProblem(`${'y'.repeat(200)}!`) ?? '';
    expect(message).toContain(`“${'y'.repeat(40)}…”`);
    expect(message.length).toBeLessThan(200);
  });
});
