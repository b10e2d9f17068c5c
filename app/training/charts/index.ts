import './charts.css';

export { FitChart, type FitChartProps } from './FitChart.tsx';
export { LossChart, type LossChartProps, type LossChartStop } from './LossChart.tsx';
export { MAX_LINES, ParameterChart, type ParameterChartProps } from './ParameterChart.tsx';
export { SurfaceChart, type SurfaceChartProps } from './SurfaceChart.tsx';
