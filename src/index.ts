/** The engine's public API: app/ imports src only through here and protocol.ts. */
export * from './ad/index.ts';
export * from './analysis.ts';
export * from './collapse/index.ts';
export * from './compile.ts';
export * from './drawing.ts';
export * from './eval/index.ts';
export * from './graph/index.ts';
export * from './jacobian/index.ts';
export * from './layout/index.ts';
export * from './layout/nodeBox.ts';
export * from './narrate/index.ts';
export * from './ops/index.ts';
export * from './paths/index.ts';
export * from './phrases/index.ts';
export * from './secondOrderFields.ts';
/** Symbol-to-symbol differentiation: the derivative graph, second order, Newton steps. */
export {
  type DerivativeGraph,
  gradientAndNewtonSteps,
  type HessianVectorProduct,
  type SecondOrder,
  type Steps,
  secondOrder,
  withDerivativeGraph,
} from './symbolic/index.ts';
export * from './syntax/index.ts';
export * from './trace/index.ts';
export * from './train/index.ts';
