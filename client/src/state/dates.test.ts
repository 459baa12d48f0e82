import { describe, expect, it } from 'vitest';
import { anchorDate, dateEnd, dateStart, inDateWindow, spanOf } from './dates.ts';

describe('partial dates', () => {
  it('cover the span they name', () => {
    expect(dateStart('2024')).toBe('2024-01-01');
    expect(dateEnd('2024')).toBe('2024-12-31');
    expect(dateEnd('2024-02')).toBe('2024-02-29');
    expect(dateEnd('2023-02')).toBe('2023-02-28');
    expect(dateStart('2024-10-15')).toBe('2024-10-15');
    expect(dateStart('not a date')).toBeNull();
  });

  it('take a span from date, or start and end (an open end runs on)', () => {
    expect(spanOf({ date: '2024-10' })).toEqual({ start: '2024-10-01', end: '2024-10-31' });
    expect(spanOf({ startDate: '2024-07' })).toEqual({ start: '2024-07-01', end: '9999-12-31' });
    expect(spanOf({})).toEqual({ start: null, end: null });
    expect(anchorDate({ startDate: '2024', endDate: '2025' })).toBe('2024');
  });
});

describe('the date window', () => {
  const window = { from: null, to: '2022', includeUndated: true };

  it('leaves out what began after its end and keeps what began before', () => {
    expect(inDateWindow({ date: '2025-04' }, window)).toBe(false);
    expect(inDateWindow({ date: '2022-12-31' }, window)).toBe(true);
    expect(inDateWindow({ date: '2017' }, window)).toBe(true);
    expect(inDateWindow({ startDate: '2021', endDate: '2024' }, window)).toBe(true);
  });

  it('leaves out what ended before its start', () => {
    const from2023 = { from: '2023', to: null, includeUndated: true };
    expect(inDateWindow({ date: '2022' }, from2023)).toBe(false);
    expect(inDateWindow({ startDate: '2020' }, from2023)).toBe(true);
  });

  it('keeps undated relations only when asked to', () => {
    expect(inDateWindow({}, window)).toBe(true);
    expect(inDateWindow({}, { ...window, includeUndated: false })).toBe(false);
    expect(inDateWindow({}, { from: null, to: null, includeUndated: false })).toBe(true);
  });
});
