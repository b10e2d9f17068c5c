// Programs of an exact node count for `npm run bench:ui`. The engine shares identical
// subexpressions and constants, so every generator uses distinct non-integer constants and
// never repeats an expression; the counts below were checked against the CLI's `nodes`.
// Every program ends with the line `out = <name> * 2`: the keystroke benchmark types a `-`
// right after `out = `, which adds exactly one node (a negation) and keeps the program valid.

export type Shape = 'blocks' | 'chain' | 'ladder' | 'wide';
export const SHAPES: readonly Shape[] = ['blocks', 'chain', 'ladder', 'wide'];

export interface Program {
  readonly source: string;
  /** Nodes the engine builds (inputs, constants and operations). */
  readonly nodes: number;
  readonly shape: string;
}

const OPS = ['sin', 'tanh', 'cos', 'tanh'] as const;

/** The lines that bring the count from `have` to `want` (0–2 nodes) and the final `out` line. */
function finish(lines: string[], last: string, have: number, want: number): void {
  const pad = want - have - 2;
  if (pad === 1) lines.push(`r=tanh(${last})`);
  else if (pad === 2) lines.push(`r=tanh(sin(${last}))`);
  else if (pad !== 0) throw new Error(`internal: pad ${pad}`);
  lines.push(`out = ${pad === 0 ? last : 'r'} * 2`);
}

/**
 * `w` parallel chains of mixed stages from two inputs, summed at the end: about √n/4 chains
 * (2 at 60 nodes, 25 at 10,000), as deep as needed. Stage: `h = op(prev)*y + prev` (3 nodes).
 */
function blocks(n: number): Program {
  const w = Math.max(1, Math.round(Math.sqrt(n) / 4));
  // x, y; per chain a head `x * c` (2 nodes); w - 1 additions; `out = … * 2` (2 nodes).
  const fixed = 2 + 2 * w + (w - 1) + 2;
  if (n < fixed) throw new Error(`blocks: ${n} nodes is too few`);
  const stages = Math.floor((n - fixed) / 3);
  const lines = ['x = 0.5', 'y = -0.5'];
  const tails: string[] = [];
  for (let j = 0; j < w; j++) {
    const count = Math.floor(stages / w) + (j < stages % w ? 1 : 0);
    lines.push(`a${j}_0=x*${j + 1}.5`);
    let prev = `a${j}_0`;
    for (let i = 1; i <= count; i++) {
      const name = `a${j}_${i}`;
      lines.push(`${name}=${OPS[(i + j) % 4]}(${prev})*y+${prev}`);
      prev = name;
    }
    tails.push(prev);
  }
  lines.push(`s=${tails.join('+')}`);
  finish(lines, 's', fixed - 2 + 3 * stages, n);
  return { source: lines.join('\n'), nodes: n, shape: `blocks (${w} chains)` };
}

/** One chain of mixed stages over two inputs (like scripts/measure-redraw.ts). */
function chain(n: number): Program {
  const fixed = 2 + 2 + 2; // x, y; head `x * 1.5`; out line
  if (n < fixed) throw new Error(`chain: ${n} nodes is too few`);
  const stages = Math.floor((n - fixed) / 3);
  const lines = ['x = 0.5', 'y = -0.5', 'h0=x*1.5'];
  for (let i = 1; i <= stages; i++)
    lines.push(`h${i}=${OPS[i % 4]}(h${i - 1})*${i % 2 ? 'y' : 'x'}+h${i - 1}`);
  finish(lines, `h${stages}`, fixed - 2 + 3 * stages, n);
  return { source: lines.join('\n'), nodes: n, shape: 'chain' };
}

/** The ladder `x{i+1} = sin(x{i}) * cos(x{i})`: 3 nodes a stage, every stage a rung. */
function ladder(n: number): Program {
  const fixed = 1 + 2;
  if (n < fixed) throw new Error(`ladder: ${n} nodes is too few`);
  const stages = Math.floor((n - fixed) / 3);
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1}=sin(x${i})*cos(x${i})`);
  finish(lines, `x${stages}`, fixed - 2 + 3 * stages, n);
  return { source: lines.join('\n'), nodes: n, shape: 'ladder' };
}

/** A wide sum `s{i} = s{i-1} + tanh(x * c{i})`: 4 nodes a term, one input. */
function wide(n: number): Program {
  const fixed = 1 + 3 + 2; // x; first term (constant, product, tanh); out line
  if (n < fixed) throw new Error(`wide: ${n} nodes is too few`);
  const terms = 1 + Math.floor((n - fixed) / 4);
  const lines = ['x = 0.5', 's0=tanh(x*1.5)'];
  for (let i = 1; i < terms; i++) lines.push(`s${i}=s${i - 1}+tanh(x*${i + 1}.5)`);
  const have = fixed - 2 + 4 * (terms - 1);
  // Up to 3 nodes short: one more constant-free step per node.
  let last = `s${terms - 1}`;
  let count = have;
  while (n - count - 2 > 2) {
    lines.push(`q${count}=sin(${last})`);
    last = `q${count}`;
    count++;
  }
  finish(lines, last, count, n);
  return { source: lines.join('\n'), nodes: n, shape: 'wide sum' };
}

/** A program of exactly `n` nodes in the given shape. */
export function program(shape: Shape, n: number): Program {
  switch (shape) {
    case 'blocks':
      return blocks(n);
    case 'chain':
      return chain(n);
    case 'ladder':
      return ladder(n);
    case 'wide':
      return wide(n);
  }
}

/** `x = 1.0001` then `y = x*x*…*x` with `factors` factors: `factors` nodes. */
export function product(factors: number): Program {
  const source = `x = 1.0001\ny = ${Array.from({ length: factors }, () => 'x').join('*')}`;
  return { source, nodes: factors, shape: `${factors}-factor product` };
}
