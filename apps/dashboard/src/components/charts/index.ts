export { ChartFrame, ChartDataTable, type ChartFrameProps, type ChartStatus } from './ChartFrame';
export { toChartTable, valueExtent, bucketOf, hasNoValues } from './chart-table';
export { CHART_COLORS, type ChartColor } from './palette';
export type { ChartCategory, ChartTable, LabelKey, NumericKey, ValueFormatter } from './types';
