/**
 * The date window: two sliders over a histogram of the case's dated relations. Years are the unit,
 * months when the case spans less than three years. Both ends at the extremes means no window.
 */
import { useMemo } from 'react';
import { anchorDate, yearOf } from '../state/dates.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';

interface Scale {
  unit: 'year' | 'month';
  min: number;
  max: number;
  label(value: number): string;
  /** The partial date a slider value stands for. */
  date(value: number): string;
  valueOf(date: string | null, fallback: number): number;
}

function monthIndex(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

function makeScale(dates: readonly string[], earliest: string | null, latest: string | null): Scale | null {
  const years = [...dates, earliest, latest].map((d) => yearOf(d)).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  if (maxYear - minYear >= 3) {
    return {
      unit: 'year',
      min: minYear,
      max: maxYear,
      label: (v) => String(v),
      date: (v) => String(v),
      valueOf: (d, fallback) => yearOf(d) ?? fallback,
    };
  }
  const toLabel = (v: number) => `${Math.floor(v / 12)}-${String((v % 12) + 1).padStart(2, '0')}`;
  return {
    unit: 'month',
    min: minYear * 12,
    max: maxYear * 12 + 11,
    label: toLabel,
    date: toLabel,
    valueOf: (d, fallback) => (d ? (monthIndex(d) ?? fallback) : fallback),
  };
}

export function DateWindow() {
  const { store } = useExplorer();
  const timeline = useRedstring((s) => s.timeline);
  const summary = useRedstring((s) => s.summary);
  const { dateFrom, dateTo, includeUndated } = useRedstring((s) => s.filters);

  const dates = useMemo(
    () =>
      (timeline?.items ?? [])
        .filter((item) => item.relation)
        .map((item) => item.date ?? (item.relation ? anchorDate(item.relation) : null))
        .filter((d): d is string => !!d),
    [timeline],
  );
  const scale = useMemo(
    () => makeScale(dates, summary?.earliest ?? null, summary?.latest ?? null),
    [dates, summary],
  );
  const bins = useMemo(() => {
    if (!scale) return [];
    const counts = new Map<number, number>();
    for (const d of dates) {
      const v = scale.valueOf(d, Number.NaN);
      if (!Number.isNaN(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const out: { value: number; count: number }[] = [];
    for (let v = scale.min; v <= scale.max; v++) out.push({ value: v, count: counts.get(v) ?? 0 });
    return out;
  }, [dates, scale]);

  if (!timeline || !summary)
    return <div className="sk sk-block" aria-busy="true" aria-label="Loading dates" />;
  if (!scale) return <p className="muted">No dated relations in this case.</p>;

  const from = Math.max(scale.min, Math.min(scale.max, scale.valueOf(dateFrom, scale.min)));
  const to = Math.max(scale.min, Math.min(scale.max, scale.valueOf(dateTo, scale.max)));
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const span = scale.max - scale.min || 1;

  const update = (nextFrom: number, nextTo: number) => {
    const lo = Math.min(nextFrom, nextTo);
    const hi = Math.max(nextFrom, nextTo);
    store.getState().setFilters({
      dateFrom: lo <= scale.min ? null : scale.date(lo),
      dateTo: hi >= scale.max ? null : scale.date(hi),
    });
  };

  return (
    <div className="date-window">
      <div className="date-window-label" aria-live="polite">
        <span>{dateFrom || dateTo ? `${scale.label(from)} – ${scale.label(to)}` : 'All dates'}</span>
        {(dateFrom || dateTo) && (
          <button
            type="button"
            className="link small"
            onClick={() => store.getState().setFilters({ dateFrom: null, dateTo: null })}
          >
            Clear
          </button>
        )}
      </div>
      <div className="histogram" aria-hidden="true">
        {bins.map((b) => (
          <div
            key={b.value}
            className={`bar ${b.value >= from && b.value <= to ? 'in' : 'out'}`}
            style={{ height: `${b.count === 0 ? 0 : 12 + (88 * b.count) / peak}%` }}
            title={`${scale.label(b.value)}: ${b.count}`}
          />
        ))}
      </div>
      <div className="dual-range">
        <div
          className="dual-range-fill"
          style={{
            left: `${((from - scale.min) / span) * 100}%`,
            right: `${100 - ((to - scale.min) / span) * 100}%`,
          }}
        />
        <input
          type="range"
          aria-label="Date window start"
          aria-valuetext={scale.label(from)}
          min={scale.min}
          max={scale.max}
          step={1}
          value={from}
          onChange={(e) => update(Math.min(Number(e.target.value), to), to)}
        />
        <input
          type="range"
          aria-label="Date window end"
          aria-valuetext={scale.label(to)}
          min={scale.min}
          max={scale.max}
          step={1}
          value={to}
          onChange={(e) => update(from, Math.max(Number(e.target.value), from))}
        />
      </div>
      <div className="axis" aria-hidden="true">
        <span>{scale.label(scale.min)}</span>
        <span>{scale.label(scale.max)}</span>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={includeUndated}
          onChange={(e) => store.getState().setFilters({ includeUndated: e.target.checked })}
        />
        Keep undated relations
      </label>
    </div>
  );
}
