import 'temml/dist/Temml-Local.css';

type Temml = typeof import('temml').default;

/** Temml once loaded: it is loaded on first use, in a chunk of its own. */
let temml: Temml | null = null;
let loading: Promise<Temml> | null = null;

/**
 * Loads Temml (once). It is a large part of the page's script and no formula is on screen in
 * the first frames, so it stays out of the bundle that runs at start (the module evaluation at
 * load was the page's longest task).
 */
export function loadTemml(): Promise<Temml> {
  loading ??= import('temml').then((module) => {
    temml = module.default;
    return temml;
  });
  return loading;
}

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
 * Never throws: a formula Temml cannot parse is shown as its TeX source. Before Temml has loaded
 * the element stays empty (the plain text beside it is what assistive technology reads) and is
 * typeset as soon as it has; calls are answered in order, so the last formula asked for wins.
 */
export function renderTex(tex: string, element: HTMLElement): void {
  if (!temml) {
    void loadTemml().then(() => renderTex(tex, element));
    return;
  }
  try {
    temml.render(tex, element, { throwOnError: true });
  } catch {
    element.textContent = tex;
  }
}
