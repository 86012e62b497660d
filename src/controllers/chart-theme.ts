/** The colours and font a chart takes from the widget's CSS custom properties: canvas cannot read CSS itself. */
export interface ChartTheme {
  readonly series: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  readonly font: { family: string };
}

/** Reads the theme from an element inside the widget; call it after render, when styles apply. */
export function readChartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: token('--_series-1'),
    text: token('--_text'),
    muted: token('--_muted'),
    grid: token('--_grid'),
    background: token('--_bg'),
    font: { family: style.fontFamily },
  };
}
