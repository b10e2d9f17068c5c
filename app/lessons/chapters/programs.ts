// The programs the chapters run, written as a person would type them (LANGUAGE.md), with the
// worked examples' values of DOMAIN.md.

/** colah's example: e = (a + b)·(b + 1) at a = 2, b = 1, with its intermediates named. */
export const COLAH = 'a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d';

/** The circuit g = (x + y)·z at x = 1, y = 3, z = −3. */
export const CIRCUIT = 'x = 1\ny = 3\nz = -3\np = x + y\ng = p * z';

/** The same inputs through a max gate. */
export const MAX_GATE = 'x = 1\ny = 3\nz = -3\nm = max(x, y)\ng = m * z';

/**
 * colah's 3×3 figure: three routes from X to Y (α·X, β·X, γ·X) and three from Y to Z, so nine
 * paths from X to Z, and ∂Z/∂X = (α + β + γ)(δ + ε + ζ).
 */
export const FAN = [
  'X = 1',
  'α = 1',
  'β = 2',
  'γ = 3',
  'δ = 1',
  'ε = 2',
  'ζ = 3',
  'Y = α*X + β*X + γ*X',
  'Z = δ*Y + ε*Y + ζ*Y',
].join('\n');

/** k rungs of x_{i+1} = sin(x_i)·cos(x_i): each rung doubles the paths, 2^k in all. */
export const ladder = (k: number): string =>
  ['x0 = 0.5', ...Array.from({ length: k }, (_, i) => `x${i + 1} = sin(x${i}) * cos(x${i})`)].join(
    '\n',
  );

/** Saito's shopping bill: 2 apples at 100 each, with 10% tax. */
export const APPLES = 'apple = 100\ncount = 2\ntax = 1.1\nprice = apple * count * tax';

/** A wide sum of n inputs, x1 = 1, …, xn = n, written out. */
export const wideSum = (n: number): string =>
  [
    ...Array.from({ length: n }, (_, i) => `x${i + 1} = ${i + 1}`),
    `s = ${Array.from({ length: n }, (_, i) => `x${i + 1}`).join(' + ')}`,
  ].join('\n');

/** How many inputs the wide sum of chapter 6 has. */
export const WIDE = 20;

/** DOMAIN.md §7: one row's loss for the line w·x + b, starting at w = 0, b = 0. */
export const LINE_LOSS = 'w = 0\nb = 0\nloss = (w*x + b - t)^2';

/** Its three data rows (x, t), which lie on t = 2x + 1. */
export const LINE_DATA = 'x,t\n1,3\n2,5\n3,7\n';

/** The worked example's learning rate. */
export const LINE_RATE = 0.1;

/** DOMAIN.md §8: two outputs, u and v, of two inputs. */
export const TWO_OUTPUTS = 'x = 2\ny = 0\nu = x*y\nv = x + sin(y)\nu, v';

/** Three inputs and six outputs of one shared value h: forward mode's case. */
export const MANY_OUTPUTS = [
  'x = 1',
  'y = 2',
  'z = 3',
  'r = x*y + y*z + z*x',
  'h = sin(r)*cos(r) + exp(r/10)',
  'o1 = h*x',
  'o2 = h*y',
  'o3 = h*z',
  'o4 = h + r',
  'o5 = h*h',
  'o6 = h/r',
  'o1, o2, o3, o4, o5, o6',
].join('\n');

/** DOMAIN.md §9: y = x³ at x = 1.5, differentiated twice symbol-to-symbol with `diff`. */
export const SECOND_DERIVATIVE = 'x = 1.5\ny = x^3\ndy = diff(y, x)\nd2y = diff(dy, x)\nd2y';
