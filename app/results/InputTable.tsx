import { memo } from 'react';
import type { Analysis } from '../../src/index.ts';
import { MathText } from '../math/MathText.tsx';
import { Num } from './Num.tsx';
import { outputLabel } from './OutputSummary.tsx';

/** Each input's derivative by both modes, which agree, and its number of paths to the output. */
export const InputTable = memo(function InputTable({ analysis }: { analysis: Analysis }) {
  const name = outputLabel(analysis);
  return (
    <section className="panel" aria-labelledby="inputs-table-title">
      <h2 id="inputs-table-title" className="panel-title">
        Derivatives of <var>{name}</var>
      </h2>
      <p className="muted">
        Reverse mode finds all of them in one backward pass; forward mode needs one pass per input.
        Each is the sum, over every path from the input to <var>{name}</var>, of the product of the
        local derivatives along it.
      </p>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="inputs-table-title" tabIndex={0}>
        <table aria-labelledby="inputs-table-title">
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col" className="numeric">
                Value
              </th>
              <th scope="col" className="numeric">
                <MathText text="∂ by reverse mode" />
              </th>
              <th scope="col" className="numeric">
                <MathText text="∂ by forward mode" />
              </th>
              <th scope="col" className="numeric">
                Paths to output
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.inputs.map((input) => (
              <tr key={input.name}>
                <th scope="row" className="label">
                  {input.name}
                </th>
                <td className="numeric">
                  <Num value={input.value} />
                </td>
                <td className="numeric">
                  <Num value={input.gradient} />
                </td>
                <td className="numeric">
                  {input.forwardComputed ? (
                    <Num value={input.forward} />
                  ) : (
                    <span
                      className="muted"
                      title="Left out: one forward pass per input would be too much work here"
                    >
                      —
                    </span>
                  )}
                </td>
                <td className="numeric paths">{input.paths}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
