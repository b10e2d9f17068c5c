export { type DifferentiateOptions, differentiateInto } from './backward.ts';
export { type DerivativeGraph, withDerivativeGraph } from './derivativeGraph.ts';
export { SimplifyingMaker } from './maker.ts';
export {
  gradientAndNewtonSteps,
  type HessianVectorProduct,
  type SecondOrder,
  type Steps,
  secondOrder,
} from './secondOrder.ts';
