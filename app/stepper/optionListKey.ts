import { hashText } from '../../src/index.ts';

/**
 * A React key for a <select> that changes exactly when its list of options does. With it a new
 * list (a new program) mounts a new select, whose options are appended in one go: React's
 * placement of thousands of new keyed options into an existing select walks the siblings for
 * each one (quadratic: about 60 ms for 3,300 options). The same list keeps its select, and the
 * focus in it, when only the chosen option changes.
 */
export function optionListKey(options: readonly { readonly id: number; readonly text: string }[]) {
  let text = '';
  for (const { id, text: label } of options) text += `${id}\u0001${label}\u0002`;
  return hashText(text);
}
