import { useCallback, useEffect, useRef, useState } from 'react';
import type { Phrase } from '../../src/index.ts';
import type { LabResponse, MedianTime } from '../../src/protocol.ts';
import { LabClient } from '../engine/labClient.ts';

/** Where a timing of reverse mode with and without checkpoints is, and what it found. */
export type CheckpointTimes =
  | { readonly status: 'idle' | 'running' }
  | {
      readonly status: 'done';
      readonly checkpoints: number;
      readonly plain: MedianTime;
      readonly checkpointed: MedianTime;
    }
  | { readonly status: 'failed'; readonly failure: Phrase };

/** Times reverse mode plain and checkpointed in a lab worker of the panel's own. */
export function useCheckpointTimes(): {
  times: CheckpointTimes;
  measure: (source: string, inputs: Readonly<Record<string, number>>, checkpoints: number) => void;
} {
  const client = useRef<LabClient | null>(null);
  const [times, setTimes] = useState<CheckpointTimes>({ status: 'idle' });
  useEffect(() => {
    const lab = new LabClient((_channel, response: LabResponse) => {
      if (response.type === 'checkpointTimes')
        setTimes({
          status: 'done',
          checkpoints: response.checkpoints,
          plain: response.plain,
          checkpointed: response.checkpointed,
        });
      else if (response.type === 'failed') setTimes({ status: 'failed', failure: response.phrase });
    });
    client.current = lab;
    return () => lab.dispose();
  }, []);
  const measure = useCallback(
    (source: string, inputs: Readonly<Record<string, number>>, checkpoints: number) => {
      setTimes({ status: 'running' });
      client.current?.checkpoint({ type: 'checkpoint', source, inputs, checkpoints });
    },
    [],
  );
  return { times, measure };
}
