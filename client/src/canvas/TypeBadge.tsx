/**
 * An entity type as the canvas draws it (colour and shape), with its name: the legend's vocabulary,
 * reused wherever a type is named.
 */
import { SHAPE_POINTS, typeLabel, typeStyle } from './entity-style.ts';

export function ShapeIcon({ type, size = 14 }: { type: string; size?: number }) {
  const { color, shape } = typeStyle(type);
  const points = SHAPE_POINTS[shape];
  return (
    <svg className="shape-icon" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={color} />
      ) : shape === 'ellipse' ? (
        <circle cx="10" cy="10" r="9" fill={color} />
      ) : shape === 'barrel' ? (
        <path d="M3 2 Q0 10 3 18 L17 18 Q20 10 17 2 Z" fill={color} />
      ) : (
        <rect x="1.5" y="3" width="17" height="14" rx={shape === 'round-rectangle' ? 4 : 0} fill={color} />
      )}
    </svg>
  );
}

export function TypeBadge({ type, compact = false }: { type: string; compact?: boolean }) {
  return (
    <span className={`type-badge ${compact ? 'compact' : ''}`} title={type}>
      <ShapeIcon type={type} size={compact ? 12 : 14} />
      <span>{typeLabel(type)}</span>
    </span>
  );
}
