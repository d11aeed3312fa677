// ECharts, only the parts the console draws (ADR 0030): tree-shaken by Vite, rendered as SVG.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type Child, el, table } from './dom';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export interface Series {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  /** 1: the right-hand axis (rates beside counts). */
  axis?: 0 | 1;
  stack?: string;
  /** How the table prints a value (the chart plots the number). */
  format?: (value: number | null) => string;
}

/**
 * A chart and, beside it, the same numbers as a table: a reader (or a screen reader, or a test) gets
 * every figure the chart draws without hovering.
 */
export function chartWithTable(
  testId: string,
  title: string,
  categories: string[],
  series: Series[],
): HTMLElement {
  const canvas = el('div', { class: 'chart', 'data-testid': `${testId}-chart` });
  const chart = echarts.init(canvas, undefined, { renderer: 'svg', width: 620, height: 320 });
  // Rates go on a right-hand percent axis beside counts; a chart of rates only has that axis alone.
  const ratesOnly = series.every((one) => one.axis === 1);
  const rightAxis = !ratesOnly && series.some((one) => one.axis === 1);
  const percentAxis = { type: 'value', axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } };
  chart.setOption({
    animation: false,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 56, right: rightAxis ? 56 : 24, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: categories },
    yAxis: ratesOnly ? [percentAxis] : rightAxis ? [{ type: 'value' }, percentAxis] : [{ type: 'value' }],
    series: series.map((one) => ({
      name: one.name,
      type: one.type,
      data: one.data,
      yAxisIndex: ratesOnly ? 0 : (one.axis ?? 0),
      ...(one.stack !== undefined && { stack: one.stack }),
    })),
  });
  const rows: Child[][] = categories.map((category, index) => [
    category,
    ...series.map((one) => {
      const value = one.data[index] ?? null;
      return one.format !== undefined ? one.format(value) : value === null ? '—' : String(value);
    }),
  ]);
  return el(
    'section',
    { class: 'chart-with-table', 'data-testid': testId },
    canvas,
    table(`${testId}-table`, [title.split(':')[0] ?? 'period', ...series.map((one) => one.name)], rows),
  );
}
