import { useCallback, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LabClient, type LabRequestBody } from '../engine/labClient.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';

const selectLabActions = (s: AppState) => ({
  labStarted: s.labStarted,
  labProgressed: s.labProgressed,
  labMeasured: s.labMeasured,
  labStopped: s.labStopped,
  growthReceived: s.growthReceived,
});

/** What the panel asks of the lab. */
export interface Lab {
  /** Times every method on a program; `key` says what is measured (see `measureKey`). */
  measure(key: string, body: LabRequestBody<'measure'>): void;
  cancel(): void;
  growth(body: LabRequestBody<'growth'>): void;
}

/**
 * The lab client for as long as the panel is shown: its answers go into the store. The workers
 * start on the first request and stop when the panel goes away.
 */
export function useLab(): Lab {
  const actions = useAppStore(useShallow(selectLabActions));
  const client = useRef<LabClient | null>(null);
  useEffect(() => {
    const lab = new LabClient((channel, response) => {
      switch (response.type) {
        case 'progress':
          actions.labProgressed(response);
          return;
        case 'measured':
          actions.labMeasured(response.timings);
          return;
        case 'growth':
          actions.growthReceived({ family: response.family, points: response.points });
          return;
        case 'failed':
          if (channel === 'measure') actions.labStopped('failed', response.phrase);
          return;
      }
    });
    client.current = lab;
    return () => {
      lab.dispose();
      client.current = null;
    };
  }, [actions]);
  const measure = useCallback(
    (key: string, body: LabRequestBody<'measure'>) => {
      actions.labStarted(key);
      client.current?.measure(body);
    },
    [actions],
  );
  const cancel = useCallback(() => {
    client.current?.cancel();
    actions.labStopped('cancelled');
  }, [actions]);
  const growth = useCallback((body: LabRequestBody<'growth'>) => {
    client.current?.growth(body);
  }, []);
  return { measure, cancel, growth };
}
