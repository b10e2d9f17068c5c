import { type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { cssColour } from '../theme/cssColour.ts';
import { useTheme } from '../theme/useTheme.ts';
import type { Rect, View } from './viewport.ts';

interface MinimapProps {
  readonly bounds: Rect;
  /** Node boxes in graph coordinates, by node id. */
  readonly boxes: readonly Rect[];
  /** Node ids to mark as the current step. */
  readonly active: readonly number[];
  readonly view: View;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly onJump: (x: number, y: number) => void;
}

/** The overview's longest side, in CSS px. */
const SIZE = 150;

/**
 * An overview of the whole graph with the part in view outlined; clicking or dragging on it
 * moves the view there. Drawn on a canvas: thousands of boxes cost one draw call each.
 */
export function Minimap({ bounds, boxes, active, view, viewport, onJump }: MinimapProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The colours come from the theme's CSS properties: a new theme redraws.
  const theme = useTheme();
  const side = Math.min(SIZE, Math.max(80, viewport.width * 0.28));
  const scale = side / Math.max(bounds.width, bounds.height, 1);
  const width = Math.max(24, Math.round(bounds.width * scale));
  const height = Math.max(24, Math.round(bounds.height * scale));

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme means new colours (cssColour)
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    ctx.setTransform(
      ratio * scale,
      0,
      0,
      ratio * scale,
      -bounds.x * ratio * scale,
      -bounds.y * ratio * scale,
    );
    ctx.clearRect(bounds.x, bounds.y, bounds.width, bounds.height);
    ctx.fillStyle = cssColour('--minimap-node');
    for (const b of boxes) ctx.fillRect(b.x, b.y, b.width, b.height);
    ctx.fillStyle = cssColour('--accent');
    for (const id of active) {
      const b = boxes[id];
      if (b)
        ctx.fillRect(b.x - 6 / scale, b.y - 6 / scale, b.width + 12 / scale, b.height + 12 / scale);
    }
    // The part in view.
    ctx.strokeStyle = cssColour('--node-selected');
    ctx.lineWidth = 2 / scale;
    ctx.strokeRect(
      -view.x / view.k,
      -view.y / view.k,
      viewport.width / view.k,
      viewport.height / view.k,
    );
  }, [bounds, boxes, active, view, viewport, scale, width, height, theme]);

  const jump = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onJump(
      bounds.x + (event.clientX - box.left) / scale,
      bounds.y + (event.clientY - box.top) / scale,
    );
  };
  return (
    <canvas
      ref={canvasRef}
      className="minimap"
      style={{ width, height }}
      aria-label={t('graph.overview')}
      role="img"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        jump(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons & 1) jump(event);
      }}
    />
  );
}
