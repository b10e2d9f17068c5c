// English for the Hessian panel; zh and ru in hessian.zh.ts, hessian.ru.ts.
export const HESSIAN_EN = {
  title: 'Hessian',
  intro:
    'Second derivatives of {{output}}: the derivative graph is differentiated again, forward over reverse, one pass per input.',
  table: 'The Hessian, ∂²output/∂input∂input',
  corner: 'Input by input',
  vector:
    'A Hessian-vector product H·v (here v is the gradient) takes one such pass: {{operations}} multiply-adds, against {{full}} for the whole Hessian.',
  steps:
    'From {{point}}: a gradient step (η = {{rate}}) goes to {{gradient}}; a Newton step, −H⁻¹∇, goes to {{newton}}.',
  singular: 'nowhere (the Hessian is singular there)',
  gradientStep: 'gradient step',
  newtonStep: 'Newton step',
} as const;
