/**
 * The navigator: the whole canvas in miniature with the viewport as a frame; click or drag in it to
 * move the view. Drawn on a small 2D canvas from node positions (not from cy.png, which is too slow
 * to repeat on large graphs), at most once per animation frame.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';

const WIDTH = 188;
const HEIGHT = 124;

export function Minimap({ cy }: { cy: Core }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useRef<{ scale: number; x0: number; y0: number } | null>(null);
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    const element = canvas.current;
    if (!element || collapsed) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = HEIGHT * ratio;
    const ctx = element.getContext('2d');
    if (!ctx) return;
    let frame = 0;

    const draw = () => {
      frame = 0;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      const nodes = cy.nodes(':visible');
      if (nodes.empty()) {
        transform.current = null;
        return;
      }
      const bb = nodes.boundingBox();
      const pad = 8;
      const scale = Math.min((WIDTH - 2 * pad) / Math.max(bb.w, 1), (HEIGHT - 2 * pad) / Math.max(bb.h, 1));
      const x0 = pad + (WIDTH - 2 * pad - bb.w * scale) / 2 - bb.x1 * scale;
      const y0 = pad + (HEIGHT - 2 * pad - bb.h * scale) / 2 - bb.y1 * scale;
      transform.current = { scale, x0, y0 };

      ctx.strokeStyle = 'rgba(120, 130, 145, 0.35)';
      ctx.lineWidth = 0.6;
      ctx.beginPath();
      cy.edges(':visible').forEach((edge) => {
        const a = edge.source().position();
        const b = edge.target().position();
        ctx.moveTo(x0 + a.x * scale, y0 + a.y * scale);
        ctx.lineTo(x0 + b.x * scale, y0 + b.y * scale);
      });
      ctx.stroke();
      nodes.forEach((node) => {
        const p = node.position();
        const r = Math.max(1.5, Math.min(4, (Number(node.data('size')) || 24) * scale * 0.5));
        ctx.fillStyle = String(node.data('color') ?? '#868e96');
        ctx.beginPath();
        ctx.arc(x0 + p.x * scale, y0 + p.y * scale, r, 0, Math.PI * 2);
        ctx.fill();
      });

      // The viewport's frame, clipped to the navigator; none when the whole graph is in view.
      const ext = cy.extent();
      if (ext.x1 <= bb.x1 && ext.y1 <= bb.y1 && ext.x2 >= bb.x2 && ext.y2 >= bb.y2) return;
      const left = Math.max(1, x0 + ext.x1 * scale);
      const top = Math.max(1, y0 + ext.y1 * scale);
      const right = Math.min(WIDTH - 1, x0 + ext.x2 * scale);
      const bottom = Math.min(HEIGHT - 1, y0 + ext.y2 * scale);
      if (right <= left || bottom <= top) return;
      ctx.strokeStyle = 'rgba(224, 49, 49, 0.85)';
      ctx.lineWidth = 1.25;
      ctx.fillStyle = 'rgba(224, 49, 49, 0.05)';
      ctx.fillRect(left, top, right - left, bottom - top);
      ctx.strokeRect(left, top, right - left, bottom - top);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    schedule();
    cy.on('viewport add remove position style resize', schedule);
    return () => {
      cy.off('viewport add remove position style resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, collapsed]);

  const moveTo = (clientX: number, clientY: number) => {
    const t = transform.current;
    const element = canvas.current;
    if (!t || !element) return;
    const rect = element.getBoundingClientRect();
    const mx = (clientX - rect.left - t.x0) / t.scale;
    const my = (clientY - rect.top - t.y0) / t.scale;
    const zoom = cy.zoom();
    cy.pan({ x: cy.width() / 2 - zoom * mx, y: cy.height() / 2 - zoom * my });
  };

  return (
    <div className={`minimap ${collapsed ? 'collapsed' : ''}`} data-canvas-overlay="bottom">
      <button
        type="button"
        className="minimap-toggle"
        aria-label={collapsed ? 'Show navigator' : 'Hide navigator'}
        aria-expanded={!collapsed}
        onClick={() => setCollapsed((c) => !c)}
      >
        {collapsed ? 'Navigator' : '–'}
      </button>
      {!collapsed && (
        <canvas
          ref={canvas}
          style={{ width: WIDTH, height: HEIGHT }}
          aria-label="Navigator: click to move the view"
          role="img"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            moveTo(e.clientX, e.clientY);
          }}
          onPointerMove={(e) => {
            if (e.buttons & 1) moveTo(e.clientX, e.clientY);
          }}
        />
      )}
    </div>
  );
}
