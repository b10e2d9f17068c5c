import { type FigureFrame, pngSize } from './figureSize.ts';

/** The canvas's pixels as a PNG file. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

/** A canvas of the PNG's size for `frame` at `scale` pixels per drawing unit. */
export function figureCanvas(frame: FigureFrame, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const { width, height } = pngSize(frame, scale);
  [canvas.width, canvas.height] = [width, height];
  return canvas;
}

/**
 * An SVG figure as a PNG: the SVG text loaded as an image (vector, so drawn sharp at any
 * scale) and drawn onto a canvas of the figure's size times `scale`, on `background`.
 */
export async function svgPng(
  svgText: string,
  frame: FigureFrame,
  scale: number,
  background: string,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = figureCanvas(frame, scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context for the figure');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
