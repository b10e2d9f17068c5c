/**
 * The computed properties an exported SVG keeps, as presentation attributes: everything the
 * graph's CSS sets that changes how the drawing looks. Presentation attributes rather than a
 * `style` attribute: the page's Content-Security-Policy refuses inline styles, and slide and
 * drawing programs read them best. `inherited` ones are written only where they differ from
 * the parent's; the others only where they differ from their initial value.
 */
export const EXPORTED_PROPERTIES: readonly {
  readonly name: string;
  readonly initial: string;
  readonly inherited: boolean;
}[] = [
  { name: 'fill', initial: 'rgb(0, 0, 0)', inherited: true },
  { name: 'fill-opacity', initial: '1', inherited: true },
  { name: 'stroke', initial: 'none', inherited: true },
  { name: 'stroke-width', initial: '1px', inherited: true },
  { name: 'stroke-dasharray', initial: 'none', inherited: true },
  { name: 'stroke-opacity', initial: '1', inherited: true },
  { name: 'stroke-linecap', initial: 'butt', inherited: true },
  { name: 'stroke-linejoin', initial: 'miter', inherited: true },
  { name: 'paint-order', initial: 'normal', inherited: true },
  { name: 'font-family', initial: '', inherited: true },
  { name: 'font-size', initial: '16px', inherited: true },
  { name: 'font-weight', initial: '400', inherited: true },
  { name: 'font-style', initial: 'normal', inherited: true },
  { name: 'text-anchor', initial: 'start', inherited: true },
  { name: 'dominant-baseline', initial: 'auto', inherited: true },
  { name: 'visibility', initial: 'visible', inherited: true },
  { name: 'opacity', initial: '1', inherited: false },
];

/** What `getComputedStyle` gives, reduced to what is read here (so tests can pass a table). */
export interface StyleSource {
  getPropertyValue(name: string): string;
}

/** The exported properties' values of one element. */
export type StyleValues = Readonly<Record<string, string>>;

export function readStyle(style: StyleSource): StyleValues {
  const values: Record<string, string> = {};
  for (const { name } of EXPORTED_PROPERTIES) values[name] = style.getPropertyValue(name).trim();
  return values;
}

/**
 * The attributes that make an element look as it does on the page, given its computed values
 * and its parent's (undefined for the root): `[name, value]` pairs, fewest needed.
 */
export function presentationAttributes(
  own: StyleValues,
  parent: StyleValues | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  for (const { name, initial, inherited } of EXPORTED_PROPERTIES) {
    const value = own[name];
    if (!value) continue;
    const reference = inherited && parent ? parent[name] : initial;
    if (value !== reference) out.push([name, value]);
  }
  return out;
}
