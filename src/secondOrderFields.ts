import type { Analysis } from './analysis.ts';
import { type InputValues, inputVector } from './eval/index.ts';
import type { Graph } from './graph/index.ts';
import { gradientAndNewtonSteps, secondOrder } from './symbolic/index.ts';

// The second-order fields of an Analysis (Hessian, Hessian-vector product, Newton step),
// forward over reverse on the derivative graph, within limits that keep every answer quick.

/**
 * Second order (Hessian, Hessian-vector product, Newton step) only up to this many nodes: it is
 * computed with every answer, and builds the derivative graph (about 6 ms a thousand nodes).
 */
export const SECOND_ORDER_NODE_LIMIT = 1_500;
/** The Hessian table only up to this many inputs. */
export const HESSIAN_INPUT_LIMIT = 20;
/** The learning rate of the gradient step shown next to the Newton step. */
export const NEWTON_LEARNING_RATE = 0.1;

/** The optional second-order fields of an Analysis, within the limits above. */
export function secondOrderFields(
  graph: Graph,
  inputs: InputValues | undefined,
): Pick<Analysis, 'hessian' | 'hessianVector' | 'newton'> {
  if (graph.inputs.length === 0 || graph.nodes.length > SECOND_ORDER_NODE_LIMIT) return {};
  const second = secondOrder(graph, inputs, 8 * SECOND_ORDER_NODE_LIMIT);
  if (second === undefined) return {};
  const hv = second.hessianVector(second.gradient);
  const hessianVector = { vector: second.gradient, ...hv };
  if (graph.inputs.length > HESSIAN_INPUT_LIMIT) return { hessianVector };
  const hessian = { names: second.names, ...second.hessian() };
  if (graph.inputs.length > 2) return { hessian, hessianVector };
  const point = [...inputVector(graph, inputs)];
  const steps = gradientAndNewtonSteps(
    point,
    second.gradient,
    hessian.values,
    NEWTON_LEARNING_RATE,
  );
  return {
    hessian,
    hessianVector,
    newton: { learningRate: NEWTON_LEARNING_RATE, point, ...steps },
  };
}
