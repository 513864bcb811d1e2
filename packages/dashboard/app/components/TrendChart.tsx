import { useEffect, useRef } from 'react';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import type { LineSeriesOption, BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { formatMonth, formatNumber, formatPercent } from '../format';

// Only what the page draws: lines and bars, with axes, a legend and a tooltip; SVG, which prints sharply.
use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface TrendPoint {
  period: string;
  registeredMembers: number;
  semiAnnualAttendanceRate?: number | null;
  commentsDue: number;
}

/**
 * The 12-month trend of a node (ECharts): members registered at residence and comments due as bars, the
 * semi-annual attendance rate as a line on its own axis; numbers on hover, in Vietnamese.
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, undefined, { renderer: 'svg', locale: 'EN' });
    const option: Option = {
      aria: { enabled: true },
      animation: false,
      grid: { left: 56, right: 56, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' && value <= 1 && !Number.isInteger(value) ? formatPercent(value) : formatNumber(Number(value))),
      },
      xAxis: { type: 'category', data: points.map((p) => formatMonth(p.period)) },
      yAxis: [
        { type: 'value', name: 'Số đảng viên', axisLabel: { formatter: (v: number) => formatNumber(v) } },
        { type: 'value', name: 'Tỷ lệ', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v) } },
      ],
      series: [
        { name: 'Đăng ký ở nơi cư trú', type: 'bar', data: points.map((p) => p.registeredMembers), itemStyle: { color: '#1d4e89' } },
        { name: 'Nhận xét phải gửi', type: 'bar', data: points.map((p) => p.commentsDue), itemStyle: { color: '#c9a227' } },
        { name: 'Tỷ lệ dự họp 6 tháng', type: 'line', yAxisIndex: 1, data: points.map((p) => p.semiAnnualAttendanceRate ?? null), itemStyle: { color: '#b22222' }, connectNulls: true },
      ],
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points]);
  return <div ref={element} className="chart" role="img" aria-label="Biểu đồ xu hướng 12 tháng" data-testid="trend-chart" />;
}
