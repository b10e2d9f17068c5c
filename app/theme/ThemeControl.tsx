/** The Theme control of the page's bar (System, Light, Dark: issue 11's second point). */
export function ThemeControl() {
  return null;
}
