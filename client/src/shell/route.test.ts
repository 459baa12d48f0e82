import { describe, expect, it } from 'vitest';
import { casePath, parseRoute } from './route.ts';

describe('the explorer routes', () => {
  it('reads the start page and case pages from the path', () => {
    expect(parseRoute('/')).toEqual({ page: 'cases' });
    expect(parseRoute('/cases/kursk')).toEqual({ page: 'case', id: 'kursk' });
    expect(parseRoute('/cases/kursk/')).toEqual({ page: 'case', id: 'kursk' });
    expect(parseRoute('/cases/ops%3A2024.q3')).toEqual({ page: 'case', id: 'ops:2024.q3' });
  });

  it('names no case for other paths, or a broken escape', () => {
    expect(parseRoute('/cases')).toEqual({ page: 'unknown', path: '/cases' });
    expect(parseRoute('/cases/a/b')).toEqual({ page: 'unknown', path: '/cases/a/b' });
    expect(parseRoute('/cases/%E0%A4%A')).toEqual({ page: 'unknown', path: '/cases/%E0%A4%A' });
    expect(parseRoute('/elsewhere')).toEqual({ page: 'unknown', path: '/elsewhere' });
  });

  it('makes paths that read back as the same case', () => {
    for (const id of ['kursk', 'ops:2024.q3', 'A-b_c.d'])
      expect(parseRoute(casePath(id))).toEqual({ page: 'case', id });
  });
});
