import { METHOD_NAMES, METHODS, type PathsReport } from '../../src/index.ts';
import type { Timing } from '../../src/protocol.ts';
import { Num } from '../results/Num.tsx';
import type { LabState } from '../store/paths.ts';
import { countText, durationText } from './format.ts';

interface CostTableProps {
  readonly report: PathsReport;
  readonly fromName: string;
  readonly toName: string;
  /** Times measured for this program, or null. */
  readonly timings: readonly Timing[] | null;
  readonly lab: LabState;
  /** False while the program has errors or the engine is busy. */
  readonly canMeasure: boolean;
  readonly onMeasure: () => void;
  readonly onCancel: () => void;
}

/** How many passes or evaluations a method makes, in words. */
function passesText(method: string, n: number): string {
  const count = (k: number, one: string, many: string) =>
    `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`;
  if (method === 'naive') return 'every path';
  if (method === 'forwardAll') return count(n, 'pass', 'passes');
  if (method === 'finiteDifferences') return count(n + 1, 'evaluation', 'evaluations');
  return '1 pass';
}

function Count({ decimal }: { decimal: string }) {
  return <span title={decimal}>{countText(decimal)}</span>;
}

/** Every method's exact operation counts and, once measured, its median time in the lab. */
export function CostTable(props: CostTableProps) {
  const { report, fromName, toName, timings, lab, canMeasure, onMeasure, onCancel } = props;
  const n = report.inputCount;
  const running = lab.status === 'running';
  const progress = lab.progress;
  return (
    <section className="paths-section" aria-labelledby="costs-title">
      <h3 id="costs-title" className="paths-subtitle">
        What each method costs here
      </h3>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="costs-title" tabIndex={0}>
        <table aria-label="Costs" className="cost-table">
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col" className="numeric">
                Multiplications
              </th>
              <th scope="col" className="numeric">
                Additions
              </th>
              <th scope="col" className="numeric">
                Evaluations
              </th>
              <th scope="col" className="numeric">
                Operations
              </th>
              <th scope="col" className="numeric">
                Time (median)
              </th>
              <th scope="col" className="numeric">
                Runs
              </th>
              <th scope="col" className="numeric">
                ∂{toName}/∂{fromName}
              </th>
            </tr>
          </thead>
          <tbody>
            {METHODS.map((method) => {
              const row = report.costs.find((c) => c.method === method);
              const timing = timings?.find((t) => t.method === method);
              return (
                <tr key={method} data-method={method}>
                  <th scope="row">
                    {METHOD_NAMES[method]}
                    <span className="cost-work">{passesText(method, n)}</span>
                  </th>
                  {row?.counted ? (
                    <>
                      <td className="numeric">
                        <Count decimal={row.multiplications} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.additions} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.evaluations} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.total} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} className="muted">
                      not counted here
                    </td>
                  )}
                  <td className="numeric" data-testid={`time-${method}`}>
                    {timing ? durationText(timing.medianMs) : '—'}
                    {timing?.estimated && <span className="estimated"> estimated</span>}
                  </td>
                  <td className="numeric">
                    {timing ? `${timing.runs} × ${timing.callsPerRun.toLocaleString('en-US')}` : ''}
                  </td>
                  <td className="numeric">
                    {timing && !Number.isNaN(timing.result) ? <Num value={timing.result} /> : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="lab-controls">
        {running ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={onMeasure} disabled={!canMeasure}>
            Measure
          </button>
        )}
        {running && (
          <progress
            aria-label="Measuring"
            max={progress?.methods ?? 1}
            value={progress ? progress.index + Math.min(1, progress.runs / 31) : 0}
          />
        )}
        <span className="muted lab-status" aria-live="polite">
          {running
            ? progress
              ? `Timing ${METHOD_NAMES[progress.method].toLowerCase()}: run ${progress.runs} (method ${progress.index + 1} of ${progress.methods})…`
              : 'Starting the lab…'
            : lab.status === 'done' && timings
              ? 'Measured in the lab worker on this program.'
              : (lab.message ?? '')}
        </span>
      </div>
      <p className="muted">
        Operations: every multiplication, addition and node evaluation counts one. Each method first
        evaluates the graph (values and local partials); finite differences evaluates it n + 1
        times. Times: the median of repeated runs in a separate worker; a run repeats a short call
        (runs × calls shown) and the time is per call. The naive sum is timed in full up to 20
        million operations or 200,000 paths; past that its first part is timed and scaled by the
        operations left: <span className="estimated">estimated</span>.
      </p>
    </section>
  );
}
