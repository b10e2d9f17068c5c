import type { Analysis } from '../../src/index.ts';
import { type TFunction, useTranslation } from '../i18n/i18n.ts';
import { Num } from './Num.tsx';

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** The output's name as a reader sees it: its name, or `output` (translated) for an unnamed last line. */
export const outputLabel = (analysis: Analysis, t: TFunction): string => {
  const node = analysis.nodes[analysis.output];
  // An unnamed last line (`max(a, b)`, `a*b`) is labelled by its operator: call it "output".
  const named = node ? node.names.includes(analysis.outputName) : NAME.test(analysis.outputName);
  return named ? analysis.outputName : t('output.unnamed');
};

/** Outputs listed after the first, at most; the Jacobian panel has them all. */
const SHOWN_OTHERS = 8;

/** The output value, large, with the size of the graph. */
export function OutputSummary({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const name = outputLabel(analysis, t);
  // Several outputs (`u, v`): the first is the one every derivative is of; the others follow.
  const others = analysis.outputs.slice(1);
  return (
    <section className="panel output" aria-labelledby="output-title">
      <h2 id="output-title" className="panel-title">
        {t('output.title')}
      </h2>
      <p className="output-value" data-testid="output-value">
        <var>{name}</var> = <Num value={analysis.value} />
      </p>
      {others.length > 0 && (
        <ul className="output-others" data-testid="output-others">
          {others.slice(0, SHOWN_OTHERS).map((o) => (
            <li key={o.id}>
              <var>{o.name}</var> = <Num value={o.value} />
            </li>
          ))}
          {others.length > SHOWN_OTHERS && (
            <li className="muted">
              {t('output.moreOutputs', { count: others.length - SHOWN_OTHERS })}
            </li>
          )}
        </ul>
      )}
      <p className="muted">
        {t('output.size', {
          inputs: t('output.inputs', { count: analysis.inputs.length }),
          nodes: t('output.nodes', { count: analysis.nodeCount }),
          edges: t('output.edges', { count: analysis.edgeCount }),
        })}
      </p>
    </section>
  );
}
