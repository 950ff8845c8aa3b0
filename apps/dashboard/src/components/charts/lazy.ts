/**
 * The Recharts-based primitives as lazily loaded modules. Recharts is the heaviest library of the dashboard (about
 * 400 kB of script to parse and run): a page that imports its charts from here loads it only when the first chart
 * is drawn, which with `ChartFrame lazy` is when that chart comes near the viewport. The page's own text and
 * figures (its first paint) then no longer wait for the chart library. ChartFrame holds the Suspense boundary.
 *
 * `React.lazy` types its result as a plain component; the casts give back each primitive's own generic signature
 * (the runtime object is the lazy wrapper, which React renders like the component itself).
 */
import { lazy } from 'react';
import type { BarChart as BarChartType } from './BarChart';
import type { BoxPlotChart as BoxPlotChartType } from './BoxPlotChart';
import type { LineChart as LineChartType } from './LineChart';
import type { ScatterChart as ScatterChartType } from './ScatterChart';

export const BarChart = lazy(() =>
  import('./BarChart').then((m) => ({ default: m.BarChart })),
) as unknown as typeof BarChartType;

export const BoxPlotChart = lazy(() =>
  import('./BoxPlotChart').then((m) => ({ default: m.BoxPlotChart })),
) as unknown as typeof BoxPlotChartType;

export const LineChart = lazy(() =>
  import('./LineChart').then((m) => ({ default: m.LineChart })),
) as unknown as typeof LineChartType;

export const ScatterChart = lazy(() =>
  import('./ScatterChart').then((m) => ({ default: m.ScatterChart })),
) as unknown as typeof ScatterChartType;
