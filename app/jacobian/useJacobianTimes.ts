import { useCallback, useEffect, useRef, useState } from 'react';
import type { Phrase } from '../../src/index.ts';
import type { LabResponse, MedianTime } from '../../src/protocol.ts';
import { LabClient } from '../engine/labClient.ts';

/** Where a timing of the Jacobian is, and what it found. */
export type JacobianTimes =
  | { readonly status: 'idle' | 'running' }
  | { readonly status: 'done'; readonly forward: MedianTime; readonly reverse: MedianTime }
  | { readonly status: 'failed'; readonly failure: Phrase };

/**
 * Times the whole Jacobian by each mode in a lab worker of the panel's own (the engine's worker
 * keeps answering the editor meanwhile). `key` names what is on screen: a new one forgets the
 * old times.
 */
export function useJacobianTimes(key: unknown): {
  times: JacobianTimes;
  measure: (source: string, inputs: Readonly<Record<string, number>>) => void;
} {
  const client = useRef<LabClient | null>(null);
  const [state, setState] = useState<{ key: unknown; times: JacobianTimes }>({
    key,
    times: { status: 'idle' },
  });
  useEffect(() => {
    const lab = new LabClient((_channel, response: LabResponse) => {
      if (response.type === 'jacobianTimes')
        setState((s) => ({
          key: s.key,
          times: { status: 'done', forward: response.forward, reverse: response.reverse },
        }));
      else if (response.type === 'failed')
        setState((s) => ({ key: s.key, times: { status: 'failed', failure: response.phrase } }));
    });
    client.current = lab;
    return () => lab.dispose();
  }, []);
  const measure = useCallback(
    (source: string, inputs: Readonly<Record<string, number>>) => {
      setState({ key, times: { status: 'running' } });
      client.current?.jacobian({ type: 'jacobian', source, inputs });
    },
    [key],
  );
  return { times: state.key === key ? state.times : { status: 'idle' }, measure };
}
