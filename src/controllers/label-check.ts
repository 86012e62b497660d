/** What a reader would see wrong with a chart's value labels: the check `npm run preview-data` and the tests share. */
import type { Chart } from 'chart.js';
import { labelBoxes, type LabelBox } from './chart-plugins.js';

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Each value label that is missing, leaves the canvas, is smaller than 8 px, or overlaps another label or a bar, as a
 * sentence naming the labels. A slot is a bar or a gap in time (a value that is not a number, labelled «нет данных»):
 * every slot has its label. Empty when every label can be read.
 */
export function labelProblems(chart: Chart): string[] {
  const values = chart.data.datasets[0]!.data;
  const bars: Box[] = chart
    .getDatasetMeta(0)
    .data.filter((_, i) => Number.isFinite(values[i]))
    .map((bar) => {
      const { x, y, base, width } = bar.getProps(['x', 'y', 'base', 'width'], true) as Record<string, number>;
      return { left: x! - width! / 2, right: x! + width! / 2, top: Math.min(y!, base!), bottom: Math.max(y!, base!) };
    });
  return boxProblems(labelBoxes(chart), bars, values.length, chart.width);
}

/** The same check on boxes: `labels` drawn for `slots` slots on a canvas `width` px wide with `bars`. */
export function boxProblems(labels: readonly LabelBox[], bars: readonly Box[], slots: number, width: number): string[] {
  const text = (i: number) => `«${labels[i]!.lines.join(' ')}»`;
  const problems: string[] = [];
  if (labels.length !== slots) problems.push(`${labels.length} value labels for ${slots} slots`);
  labels.forEach((label, i) => {
    if (label.left < 0 || label.right > width || label.top < 0) problems.push(`${text(i)} runs off the chart`);
    if (label.size < 8) problems.push(`${text(i)} is ${label.size} px, under 8 px`);
    labels.forEach((other, j) => {
      if (j > i && overlap(label, other)) problems.push(`${text(i)} overlaps ${text(j)}`);
    });
    bars.forEach((bar, j) => {
      if (overlap(label, bar)) problems.push(`${text(i)} overlaps bar ${j + 1}`);
    });
  });
  return problems;
}
