import type { BenchProgram } from '../programs.ts';

type Tf = typeof import('@tensorflow/tfjs');

/**
 * TensorFlow.js on its pure-JavaScript CPU backend (float32), loaded lazily so the benchmark
 * can report why it cannot run instead of failing. The package prints a hint about tfjs-node
 * on load; it is silenced (the native bindings are deliberately not used).
 */
export async function loadTf(): Promise<Tf> {
  const log = console.log;
  const warn = console.warn;
  console.log = () => {};
  console.warn = () => {};
  try {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    await tf.ready();
    tf.tidy(() => tf.scalar(1).add(tf.scalar(1)));
    return tf;
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/** The gradient by `tf.grads` over scalar tensors, one tensor per program node. */
export function tfGradient(tf: Tf, p: BenchProgram): Float64Array {
  const k = p.inputs.length;
  const f = (...xs: import('@tensorflow/tfjs').Tensor[]) => {
    const nodes = [...xs];
    p.ops.forEach((op, j) => {
      const a = nodes[p.left[j]!]!;
      const b = p.right[j]! >= 0 ? nodes[p.right[j]!]! : a;
      switch (op) {
        case 'add':
          nodes.push(tf.add(a, b));
          break;
        case 'sub':
          nodes.push(tf.sub(a, b));
          break;
        case 'mul':
          nodes.push(tf.mul(a, b));
          break;
        case 'div':
          nodes.push(tf.div(a, b));
          break;
        default:
          nodes.push(tf[op](a));
      }
    });
    return nodes[nodes.length - 1]!;
  };
  const inputs = Array.from({ length: k }, (_, i) => tf.scalar(p.inputs[i]!));
  const grads = tf.tidy(() => tf.grads(f)(inputs));
  const gradient = Float64Array.from(grads, (g) => g.dataSync()[0]!);
  tf.dispose([...grads, ...inputs]);
  return gradient;
}
