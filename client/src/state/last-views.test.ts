import { describe, expect, it } from 'vitest';
import { LAST_VIEWS_KEPT, LAST_VIEWS_KEY, lastView, rememberView, type ViewStorage } from './last-views.ts';

function memory(initial: Record<string, string> = {}): ViewStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

describe('the last view of each case', () => {
  it('is remembered per case, and an empty canvas forgets it', () => {
    const storage = memory();
    rememberView(storage, 'kursk', '#view=abc', 1);
    rememberView(storage, 'other', '#view=def', 2);
    expect(lastView(storage, 'kursk')).toBe('#view=abc');
    expect(lastView(storage, 'other')).toBe('#view=def');
    expect(lastView(storage, 'nope')).toBeNull();
    rememberView(storage, 'kursk', '', 3);
    expect(lastView(storage, 'kursk')).toBeNull();
    expect(lastView(storage, 'other')).toBe('#view=def');
  });

  it(`keeps the ${LAST_VIEWS_KEPT} cases left most recently`, () => {
    const storage = memory();
    for (let i = 0; i < LAST_VIEWS_KEPT + 5; i++) rememberView(storage, `case-${i}`, `#view=${i}`, i);
    // Coming back to an old case makes it recent again.
    rememberView(storage, 'case-5', '#view=again', 100);
    rememberView(storage, 'case-new', '#view=new', 101);
    const kept = Object.keys(JSON.parse(storage.items[LAST_VIEWS_KEY] ?? '{}') as object);
    expect(kept).toHaveLength(LAST_VIEWS_KEPT);
    expect(lastView(storage, 'case-5')).toBe('#view=again');
    expect(lastView(storage, 'case-new')).toBe('#view=new');
    for (let i = 0; i <= 6; i++) if (i !== 5) expect(lastView(storage, `case-${i}`), `case-${i}`).toBeNull();
    expect(lastView(storage, `case-${LAST_VIEWS_KEPT + 4}`)).toBe(`#view=${LAST_VIEWS_KEPT + 4}`);
  });

  it('ignores what it cannot read, and starts again over it', () => {
    expect(lastView(memory({ [LAST_VIEWS_KEY]: '{not json' }), 'kursk')).toBeNull();
    expect(lastView(memory({ [LAST_VIEWS_KEY]: '[1, 2]' }), 'kursk')).toBeNull();
    const mixed = memory({
      [LAST_VIEWS_KEY]: JSON.stringify({
        kursk: { hash: '#view=ok', at: 1 },
        broken: { hash: 42, at: 1 },
        notAView: { hash: 'javascript:alert(1)', at: 1 },
        noDate: { hash: '#view=x' },
        nothing: null,
      }),
    });
    expect(lastView(mixed, 'kursk')).toBe('#view=ok');
    for (const id of ['broken', 'notAView', 'noDate', 'nothing']) expect(lastView(mixed, id)).toBeNull();
    rememberView(mixed, 'other', '#view=y', 2);
    expect(Object.keys(JSON.parse(mixed.items[LAST_VIEWS_KEY] ?? '{}') as object).sort()).toEqual([
      'kursk',
      'other',
    ]);

    const corrupt = memory({ [LAST_VIEWS_KEY]: '{not json' });
    rememberView(corrupt, 'kursk', '#view=z', 1);
    expect(lastView(corrupt, 'kursk')).toBe('#view=z');
  });

  it('does without storage that throws or is not there', () => {
    const refusing: ViewStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(lastView(refusing, 'kursk')).toBeNull();
    expect(() => rememberView(refusing, 'kursk', '#view=a')).not.toThrow();
    expect(lastView(null, 'kursk')).toBeNull();
    expect(() => rememberView(null, 'kursk', '#view=a')).not.toThrow();
  });
});
