import type { Chart as ChartClass, ChartConfiguration } from 'chart.js';
import { localeOf } from '../format';
import { lang } from '../i18n/texts';
import { h } from './dom';

/** Colours of the lines and bars, apart enough for most colour vision; each series also gets its own point style. */
export const SERIES_COLOURS = ['#1f5fa8', '#b3541e', '#2e7d32', '#7b3fa0', '#a0284f', '#00695c', '#5d4037', '#37474f'];
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const;

/**
 * Chart.js, loaded the first time a page draws a chart: it is most of the dashboard's weight, and
 * the first page (the groups) has none, so it opens without waiting for it.
 */
let chartLibrary: Promise<typeof ChartClass> | null = null;
function loadChart(): Promise<typeof ChartClass> {
  chartLibrary ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
    Chart.defaults.font.family = "'Atkinson Hyperlegible', system-ui, sans-serif";
    Chart.defaults.font.size = 14;
    Chart.defaults.color = '#1d2733';
    return Chart;
  });
  return chartLibrary;
}

/**
 * A chart drawn by Chart.js on a canvas that is an image to assistive technology, with `summary`
 * as its name; the data itself is in the table the page puts beside it (the text alternative).
 */
export function chartFigure(summary: string, config: ChartConfiguration): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': summary });
  const figure = h('figure', { class: 'chart' }, h('div', { class: 'chart-box' }, canvas), h('figcaption', {}, summary));
  // Drawn once the figure is in the page, so Chart.js measures the real box.
  void loadChart().then((Chart) => {
    requestAnimationFrame(() => {
      if (!canvas.isConnected) return;
      // Chart.js writes its tick numbers in the browser's locale unless told the page's.
      new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, locale: localeOf(lang()), ...config.options } });
    });
  });
  return figure;
}
