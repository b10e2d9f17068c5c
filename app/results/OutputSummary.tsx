import type { Analysis } from '../../src/index.ts';
import { Num } from './Num.tsx';

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** The output's name as a reader sees it: its name, or `output` for an unnamed last line. */
export const outputLabel = (analysis: Analysis): string => {
  const node = analysis.nodes[analysis.output];
  // An unnamed last line (`max(a, b)`, `a*b`) is labelled by its operator: call it "output".
  const named = node ? node.names.includes(analysis.outputName) : NAME.test(analysis.outputName);
  return named ? analysis.outputName : 'output';
};

/** The output value, large, with the size of the graph. */
export function OutputSummary({ analysis }: { analysis: Analysis }) {
  const name = outputLabel(analysis);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return (
    <section className="panel output" aria-labelledby="output-title">
      <h2 id="output-title" className="panel-title">
        Output
      </h2>
      <p className="output-value" data-testid="output-value">
        <var>{name}</var> = <Num value={analysis.value} />
      </p>
      <p className="muted">
        {count(analysis.inputs.length, 'input')}, {count(analysis.nodeCount, 'node')},{' '}
        {count(analysis.edgeCount, 'edge')}
      </p>
    </section>
  );
}
