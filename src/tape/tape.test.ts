import { describe, expect, it } from 'vitest';
import { applyOp } from '../narrate/index.ts';
import { OP_NAMES, OPS, OPS_BY_CODE } from '../ops/index.ts';
import { COLAH_PROGRAM, graphOf, ladderProgram, nodeNamed } from '../testing/fixtures.ts';
import {
  compileTape,
  LEAF,
  tapeForward,
  tapeForwardWithLocals,
  tapeGradient,
  tapeTangents,
} from './index.ts';

describe('op codes', () => {
  it('are dense and name their op: OPS_BY_CODE[spec.code] is spec', () => {
    expect(OP_NAMES).toHaveLength(Object.keys(OPS).length);
    OP_NAMES.forEach((name, code) => {
      expect(OPS[name].code).toBe(code);
      expect(OPS_BY_CODE[code]).toBe(OPS[name]);
    });
    expect(OP_NAMES.length).toBeLessThan(LEAF);
  });
});

describe('tapeForward and tapeForwardWithLocals', () => {
  it.each(OP_NAMES)('%s: the tape computes the table’s value and partials', (name) => {
    const spec = OPS[name];
    const [a, b] = [0.7, 1.3];
    // Written with the language's symbols (applyOp writes the graph's: `·` for `*`).
    const call =
      spec.notation === 'infix'
        ? `a ${spec.symbol} b`
        : applyOp(name, ['a', 'b'].slice(0, spec.arity));
    const source = `a = ${a}\nb = ${b}\n${call}`;
    const tape = compileTape(graphOf(source));
    const values = new Float64Array(tape.size);
    const locals = new Float64Array(2 * tape.size);
    tapeForwardWithLocals(tape, undefined, values, locals);
    const result = spec.value(a, b);
    expect(tapeForward(tape)[tape.output]).toBe(result);
    expect(values[tape.output]).toBe(result);
    expect(locals[2 * tape.output]).toBe(spec.partial(0, a, b, result));
    if (spec.arity === 2) expect(locals[2 * tape.output + 1]).toBe(spec.partial(1, a, b, result));
  });
});

describe('compileTape', () => {
  it('levels: leaves first, operands before users, runs of one op code covering every op', () => {
    const tape = compileTape(graphOf(ladderProgram(20)));
    const covered = new Uint8Array(tape.size);
    for (let r = 0; r < tape.runs.length; r += 3) {
      for (let s = tape.runs[r + 1]!; s < tape.runs[r + 2]!; s++) {
        expect(tape.codes[s]).toBe(tape.runs[r]);
        covered[s] = 1;
      }
    }
    for (let s = 0; s < tape.size; s++) {
      expect(covered[s]).toBe(tape.codes[s] === LEAF ? 0 : 1);
      for (const u of [tape.operands[2 * s]!, tape.operands[2 * s + 1]!]) expect(u).toBeLessThan(s);
    }
    // Each stage's sin and cos are at one depth: runs group them (sin, cos, mul per stage).
    expect(tape.runs.length / 3).toBe(3 * 20);
  });

  it('ids: slot = node id, so the colah example reads as in DOMAIN.md', () => {
    const graph = graphOf(COLAH_PROGRAM);
    const tape = compileTape(graph, { schedule: 'ids' });
    expect(Array.from(tape.slotOf)).toEqual(graph.nodes.map((n) => n.id));
    const values = tapeForward(tape);
    expect(Array.from(values)).toEqual([2, 1, 3, 1, 2, 6]);
    expect(Array.from(tapeGradient(tape, values, tape.output))).toEqual([2, 5, 2, 3, 3, 1]);
    const b = nodeNamed(graph, 'b');
    expect(Array.from(tapeTangents(tape, values, b))).toEqual([0, 1, 1, 0, 1, 5]);
  });

  it('a trace needs the ids schedule', () => {
    const tape = compileTape(graphOf(COLAH_PROGRAM), { schedule: 'levels' });
    expect(() => tapeGradient(tape, tapeForward(tape), tape.output, { trace: [] })).toThrow(
      'ids schedule',
    );
  });

  it('a 100,000-stage chain compiles and differentiates without recursion', () => {
    const lines = ['x0 = 0.5'];
    for (let i = 1; i <= 100_000; i++)
      lines.push(`x${i.toString(36)}=sin(x${(i - 1).toString(36)})`);
    const tape = compileTape(graphOf(lines.join('\n')));
    const values = tapeForward(tape);
    const gradient = tapeGradient(tape, values, tape.output);
    expect(Number.isFinite(gradient[tape.inputs[0]!]!)).toBe(true);
    expect(gradient[tape.inputs[0]!]).toBeGreaterThan(0);
  });
});
