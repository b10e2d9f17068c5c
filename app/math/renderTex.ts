import temml from 'temml';
import 'temml/dist/Temml-Local.css';

/**
 * Typesets `tex` into `element` as MathML, with Temml.
 *
 * Why Temml and not KaTeX (measured on the built page in Chromium, 2 cores; see the issue 11
 * report): Temml costs 60 kB of gzipped script and 2 kB of CSS and loads no font (the browser
 * draws MathML with the system's maths font); KaTeX costs 78 kB of script, 8 kB of CSS and
 * about 43 kB of fonts for one step's formulas. Temml renders one step's narration in a median
 * 1.1 ms against KaTeX's 2.7 ms. Its output is MathML, which screen readers and browsers read
 * natively, and it draws DOM nodes with styles set through the CSSOM, which the page's
 * `style-src 'self'` allows; KaTeX's HTML needs many inline styles and one of its fonts is small
 * enough for Vite to inline as a `data:` URL, which the policy blocks.
 *
 * Never throws: a formula Temml cannot parse is shown as its TeX source.
 */
export function renderTex(tex: string, element: HTMLElement): void {
  try {
    temml.render(tex, element, { throwOnError: true });
  } catch {
    element.textContent = tex;
  }
}
