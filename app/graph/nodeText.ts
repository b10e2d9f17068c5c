import { adjointSymbol, formatShort, type TraceMode, tangentSymbol } from '../../src/index.ts';
import type { NodeDisplay } from './display.ts';

/** `= 3`, or `…` while the forward pass has not reached the node. */
export function valueLine(display: NodeDisplay): string {
  return display.value === undefined ? '…' : `= ${formatShort(display.value)}`;
}

/** `c̄ = 2` in reverse mode, `ċ = 2` in forward mode (`·` until something arrives). */
export function derivativeLine(
  mode: TraceMode,
  name: string,
  seedName: string,
  display: NodeDisplay,
): string {
  const symbol = mode === 'forward' ? tangentSymbol(name) : adjointSymbol(name, seedName);
  return `${symbol} = ${display.touched ? formatShort(display.derivative ?? 0) : '·'}`;
}
