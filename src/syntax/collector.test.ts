import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { phrase } from '../phrases/index.ts';
import { DiagnosticCollector, MAX_DIAGNOSTICS } from './collector.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseProgram } from './parser.ts';

const at = (start: number, tag: number): Diagnostic => ({
  code: 'unexpected-token',
  message: String(tag),
  phrase: phrase('syntax.empty'),
  span: { start, end: start },
});

describe('DiagnosticCollector', () => {
  test.prop([fc.array(fc.nat(50)), fc.integer({ min: 1, max: 8 })])(
    'keeps what a stable sort of all of them would put first, and counts them all',
    (starts, limit) => {
      const collector = new DiagnosticCollector(limit);
      for (const [tag, start] of starts.entries())
        if (collector.admit(start)) collector.add(at(start, tag));
      const all = starts.map((start, tag) => at(start, tag));
      all.sort((a, b) => a.span.start - b.span.start);
      expect(collector.sorted()).toEqual(all.slice(0, limit));
      expect(collector.count).toBe(starts.length);
    },
  );
});

describe('parseProgram with many problems', () => {
  it('gives the first MAX_DIAGNOSTICS by position and the count of all', () => {
    const { diagnostics, diagnosticCount } = parseProgram('a+*b\n'.repeat(1000));
    expect(diagnosticCount).toBe(1000);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(diagnostics.at(-1)!.message).toBe(`Unexpected '*' at ${MAX_DIAGNOSTICS}:3`);
  });

  it('puts uses before assignment, found after the whole text, before later syntax errors', () => {
    const pairs = Array.from({ length: 60 }, (_, i) => `x${i} = y${i} + 1\ny${i} = 2`);
    const source = `${pairs.join('\n')}\n${'$\n'.repeat(500)}`;
    const { diagnostics, diagnosticCount } = parseProgram(source);
    expect(diagnosticCount).toBe(560);
    const codes = diagnostics.map((d) => d.code);
    expect(codes.slice(0, 60)).toEqual(Array(60).fill('used-before-assigned'));
    expect(codes.slice(60)).toEqual(Array(40).fill('unexpected-character'));
    expect(diagnostics[59]!.message).toBe("'y59' is used at 119:7 before it is assigned at 120:1");
  });

  it('counts redefinitions past the cap', () => {
    const { diagnostics, diagnosticCount } = parseProgram('c = 1\n'.repeat(300));
    expect(diagnosticCount).toBe(299);
    expect(diagnostics[0]!.message).toBe("'c' is already defined at 1:1");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS);
  });
});
