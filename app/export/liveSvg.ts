import type { Rect } from '../graph/viewport.ts';
import type { FigureLook } from './canvasFigure.ts';
import { TITLE_LEFT, titleBaseline } from './canvasFigure.ts';
import { type FigureFrame, figureFrame, TITLE_FONT_PX } from './figureSize.ts';
import {
  presentationAttributes,
  readStyle,
  type StyleSource,
  type StyleValues,
} from './inlineStyles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parts of the live drawing that are controls or motion, not the figure. */
const LEFT_OUT = '.edge-pulse, .toggles, animate, animateMotion, set';

/** Attributes that serve the page (focus, screen readers, inline layout), not the figure. */
const PAGE_ONLY = /^(style|tabindex|role|aria-.*|focusable)$/;

/**
 * Copies the attributes' computed look onto `copy` and its descendants, in step with
 * `original` (a copy made by cloneNode has the same shape). Depth is the SVG's own, a few levels.
 */
function inline(
  original: Element,
  copy: Element,
  parent: StyleValues | undefined,
  styleOf: (element: Element) => StyleSource,
): void {
  const own = readStyle(styleOf(original));
  for (const { name } of Array.from(copy.attributes))
    if (PAGE_ONLY.test(name)) copy.removeAttribute(name);
  for (const [name, value] of presentationAttributes(own, parent)) copy.setAttribute(name, value);
  const originals = Array.from(original.children);
  const copies = Array.from(copy.children);
  originals.forEach((child, i) => {
    const twin = copies[i]!;
    if (child.matches(LEFT_OUT)) twin.remove();
    else inline(child, twin, own, styleOf);
  });
}

/**
 * The live SVG drawing as a self-contained SVG file: every element's computed look written on
 * it as presentation attributes (so the current theme's colours are kept and no stylesheet is
 * needed), the arrow marker in its defs, the whole of `bounds` (the drawing group's own
 * coordinates) shown whatever the view, on `look.background`, under the title line.
 * 1. Clone the SVG; inline the computed look of each element, dropping controls and motion.
 * 2. Size the root to the figure; move the drawing group from the view to the figure's frame.
 * 3. Put the background and the title first; serialise as XML.
 */
export function liveSvgFigure(
  svg: SVGSVGElement,
  bounds: Rect,
  look: FigureLook,
  styleOf: (element: Element) => StyleSource = (element) => getComputedStyle(element),
): { text: string; frame: FigureFrame } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, copy, undefined, styleOf);
  for (const name of ['class', 'data-orientation']) copy.removeAttribute(name);
  const frame = figureFrame(bounds, look.titleWidth);
  copy.setAttribute('width', String(frame.width));
  copy.setAttribute('height', String(frame.height));
  copy.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  const drawing = copy.querySelector(':scope > g');
  drawing?.setAttribute('transform', `translate(${frame.offsetX},${frame.offsetY})`);
  const doc = svg.ownerDocument;
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', look.background],
    ['stroke', 'none'],
  ])
    background.setAttribute(name!, value!);
  const title = doc.createElementNS(SVG_NS, 'text');
  for (const [name, value] of [
    ['x', String(TITLE_LEFT)],
    ['y', String(titleBaseline())],
    ['font-family', look.titleFont],
    ['font-size', String(TITLE_FONT_PX)],
    ['font-weight', '600'],
    ['fill', look.titleColour],
    ['stroke', 'none'],
    ['class', 'figure-title'],
  ])
    title.setAttribute(name!, value!);
  title.textContent = look.title;
  const defs = copy.querySelector(':scope > defs');
  copy.insertBefore(title, defs ? defs.nextSibling : copy.firstChild);
  copy.insertBefore(background, title);
  // XMLSerializer declares the SVG namespace on the root (setting xmlns by hand doubles it).
  const text = new XMLSerializer().serializeToString(copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, frame };
}
