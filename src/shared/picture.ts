/**
 * A widget's picture: one layout, written as an SVG document (real, selectable text) and painted on a canvas for the
 * PNG. The canvas is painted from the layout, not by loading the SVG as an image: a page's strict `img-src` may refuse
 * a `blob:` or `data:` image, while a canvas is never refused, so both files hold under any Content-Security-Policy.
 * A widget describes what it shows as blocks (`Block`), written with the same helpers it renders with; the layout
 * measures the text with the page's font and wraps it to the widget's width.
 */

/** The colours and font a picture is drawn with, read from the widget's computed custom properties. */
export interface PictureTheme {
  readonly text: string;
  readonly muted: string;
  readonly bg: string;
  readonly grid: string;
  readonly series: string;
  readonly surface: string;
  readonly family: string;
  /** The widget's text size in CSS pixels. */
  readonly size: number;
}

/** One slot of a column chart: a bar with its label, or a gap in time (no value) labelled «нет данных». */
export interface Column {
  readonly axis: string;
  readonly label: string;
  readonly value?: number;
  readonly derived?: boolean;
}

/** A row with a 0–1 bar: filled to `fill` (hatched when computed, dotted for a remainder), then dashed to `open`. */
export interface BarRow {
  readonly label: string;
  readonly value: string;
  readonly fill?: number;
  readonly open?: number;
  readonly look?: Look;
  readonly meta?: readonly string[];
}

type Look = 'fill' | 'computed' | 'remainder';

/** What a widget shows, top to bottom. */
export type Block =
  | { readonly text: string; readonly style?: 'title' | 'muted'; readonly swatch?: Look }
  | { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly bars: readonly BarRow[] }
  | Columns;

/** A column chart; `top` is the top of its axis, which the panels of one measure share. */
export interface Columns {
  readonly columns: readonly Column[];
  readonly top: number;
}

export interface Picture {
  readonly heading: string;
  readonly blocks: readonly Block[];
  /** The lines after the figures: the sources they cite and the dataset's version and date. */
  readonly footer: readonly string[];
}

type Op =
  | {
      readonly t: 'text';
      x: number;
      y: number;
      readonly lines: readonly string[];
      readonly size: number;
      readonly bold?: boolean;
      readonly color: string;
      readonly anchor?: 'middle' | 'end';
    }
  | {
      readonly t: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly dash?: boolean;
    };

/** The layout: a list of texts and rectangles in CSS pixels, and the picture's size. */
export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly theme: PictureTheme;
  readonly ops: readonly Op[];
}

const LINE = 1.35;

let measurer: CanvasRenderingContext2D | null | undefined;
function measure(text: string, size: number, family: string, bold = false): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${bold ? '600 ' : ''}${size}px ${family}`;
  return measurer.measureText(text).width;
}

/**
 * The text in lines no wider than `width`, broken at spaces; a word longer than a line (a URL) is cut. Each line but
 * the last keeps its trailing space, so the lines joined give the text back (the SVG's text copies as written).
 */
function wrap(text: string, width: number, size: number, family: string, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/)) {
    if (!line || measure(line + word, size, family, bold) <= width) {
      line += word;
      continue;
    }
    lines.push(line);
    line = word;
  }
  lines.push(line);
  return lines.flatMap((l) => {
    const cut: string[] = [];
    let rest = l;
    while (rest.length > 1 && measure(rest.trimEnd(), size, family, bold) > width) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n), size, family, bold) > width) n--;
      cut.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return [...cut, rest];
  });
}

/**
 * Columns as wide as their widest cell when the table fits; otherwise a column narrower than its share of the width
 * keeps its natural width and the rest is shared by the wide ones, which wrap.
 */
function columnWidths(rows: readonly (readonly string[])[], width: number, size: number, family: string): number[] {
  const n = Math.max(...rows.map((r) => r.length));
  const natural = Array.from(
    { length: n },
    (_, i) => Math.max(0, ...rows.map((r) => (r[i] ? measure(r[i], size * 0.9, family) : 0))) + size,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((w, i) => (i === n - 1 ? w + width - total : w));
  const narrow = natural.map((w) => w <= width / n);
  const left = width - natural.reduce((a, w, i) => a + (narrow[i] ? w : 0), 0);
  const wide = natural.reduce((a, w, i) => a + (narrow[i] ? 0 : w), 0);
  return natural.map((w, i) => (narrow[i] ? w : (left * w) / wide));
}

/** Lays the picture out at `width` CSS pixels; `bare`, only its blocks, edge to edge (a chart for print). */
export function layout(picture: Picture, width: number, theme: PictureTheme, bare = false): Drawing {
  const { size: F, family } = theme;
  const pad = bare ? 0 : Math.round(F);
  const inner = width - 2 * pad;
  const ops: Op[] = [];
  let y = pad;
  const text = (value: string, x: number, w: number, size = F, color = theme.text, bold = false) => {
    const lines = wrap(value, w, size, family, bold);
    ops.push({ t: 'text', x, y: y + size, lines, size, bold, color });
    return lines.length * size * LINE;
  };
  const swatch = (x: number, top: number, w: number, h: number, look: Look) =>
    ops.push({
      t: 'rect',
      x,
      y: top,
      w,
      h,
      fill: look === 'fill' ? theme.series : look,
      stroke: look === 'computed' ? theme.series : undefined,
    });

  if (picture.heading) y += text(picture.heading, pad, inner, F * 1.25, theme.text, true) + F * 0.4;
  for (const block of picture.blocks) {
    if ('text' in block) {
      const x = block.swatch ? pad + F * 1.8 : pad;
      if (block.swatch) swatch(pad, y + F * 0.3, F * 1.4, F * 0.8, block.swatch);
      const title = block.style === 'title';
      y += text(
        block.text,
        x,
        inner - (x - pad),
        title ? F * 1.05 : block.style === 'muted' ? F * 0.875 : F,
        block.style === 'muted' ? theme.muted : theme.text,
        title,
      );
      y += F * 0.3;
    } else if ('head' in block) {
      const widths = columnWidths([block.head, ...block.rows], inner, F, family);
      const colX = (i: number) => pad + widths.slice(0, i).reduce((a, b) => a + b, 0);
      const colW = (i: number) => widths[i]! - F * 0.5;
      for (const [r, row] of [block.head, ...block.rows].entries()) {
        const top = y;
        let h = 0;
        for (const [i, cell] of row.entries()) {
          y = top;
          h = Math.max(
            h,
            text(cell, colX(i), colW(i), r ? F * 0.9 : F * 0.8, r ? theme.text : theme.muted, !r || (i === 0 && row.length === 1)),
          );
        }
        y = top + h + F * 0.25;
        ops.push({ t: 'rect', x: pad, y: y - F * 0.15, w: inner, h: 1, fill: theme.grid });
      }
      y += F * 0.4;
    } else if ('bars' in block) {
      for (const row of block.bars) {
        const valueWidth = Math.min(measure(row.value, F, family, true), inner * 0.5);
        const top = y;
        const labelHeight = text(row.label, pad, inner - valueWidth - F, F);
        const lines = wrap(row.value, inner * 0.5, F, family, true);
        ops.push({ t: 'text', x: pad + inner, y: top + F, lines, size: F, bold: true, color: theme.text, anchor: 'end' });
        y = top + Math.max(labelHeight, lines.length * F * LINE) + F * 0.1;
        if (row.fill !== undefined) {
          const h = F * 0.7;
          ops.push({ t: 'rect', x: pad, y, w: inner, h, fill: theme.surface });
          if (row.fill) swatch(pad, y, inner * Math.min(row.fill, 1), h, row.look ?? 'fill');
          if (row.open)
            ops.push({
              t: 'rect',
              x: pad + inner * row.fill,
              y,
              w: inner * Math.min(row.open, 1 - row.fill),
              h,
              fill: 'none',
              stroke: theme.series,
              dash: true,
            });
          y += h + F * 0.3;
        }
        for (const meta of row.meta ?? []) y += text(meta, pad, inner, F * 0.875, theme.muted);
        y += F * 0.4;
      }
    } else {
      y += columns(block.columns, block.top, y);
    }
  }
  if (bare) return { width, height: Math.ceil(y), theme, ops };
  y += F * 0.4;
  ops.push({ t: 'rect', x: pad, y, w: inner, h: 1, fill: theme.grid });
  y += F * 0.4;
  for (const line of picture.footer) y += text(line, pad, inner, F * 0.8, theme.muted) + F * 0.15;
  return { width, height: Math.ceil(y + pad), theme, ops };

  /** A column chart 13em high: value labels above the bars, the periods below, derived bars hatched and outlined. */
  function columns(slots: readonly Column[], top: number, at: number): number {
    const label = F * 0.75;
    const height = F * 13;
    const base = at + height - F * 1.6;
    const room = F * 2.4;
    const slot = inner / Math.max(slots.length, 1);
    const barWidth = Math.min(72, slot * 0.7);
    for (const [i, s] of slots.entries()) {
      const centre = pad + slot * i + slot / 2;
      const h = s.value === undefined || !top ? 0 : ((base - at - room) * s.value) / top;
      if (h) {
        ops.push({
          t: 'rect',
          x: centre - barWidth / 2,
          y: base - h,
          w: barWidth,
          h,
          fill: s.derived ? 'computed' : theme.series,
          stroke: s.derived ? theme.series : undefined,
        });
      }
      const lines = wrap(s.label, slot - 2, label, family, true);
      const first = base - h - F * 0.3 - (lines.length - 1) * label * LINE;
      ops.push({
        t: 'text',
        x: centre,
        y: first,
        lines,
        size: label,
        bold: true,
        color: s.value === undefined ? theme.muted : theme.text,
        anchor: 'middle',
      });
      ops.push({ t: 'text', x: centre, y: base + label * 1.4, lines: [s.axis], size: label, color: theme.muted, anchor: 'middle' });
    }
    ops.push({ t: 'rect', x: pad, y: base, w: inner, h: 1, fill: theme.grid });
    return height + F * 0.4;
  }
}

/** The diagonal stripes of a computed bar, one 6 × 6 tile: a path, since not every SVG reader knows `patternTransform`. */
const HATCH = 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2';

/** The drawing as an SVG document: every text a `<text>` element, one `<tspan>` a line; patterns for the bars' looks. */
export function toSvg({ width, height, theme, ops }: Drawing, title: string): SVGSVGElement {
  const el = (name: string, attributes: Record<string, string | number | undefined>, ...children: (Node | string)[]) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', name);
    for (const [key, value] of Object.entries(attributes))
      if (value !== undefined) node.setAttribute(key, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
    node.append(...children);
    return node;
  };
  const fill = (f: string) => (f === 'computed' ? 'url(#hatch)' : f === 'remainder' ? 'url(#dots)' : f);
  const body = ops.map((op) =>
    op.t === 'rect'
      ? el('rect', {
          x: op.x,
          y: op.y,
          width: op.w,
          height: op.h,
          fill: fill(op.fill),
          stroke: op.stroke,
          'stroke-width': op.stroke && 1.5,
          'stroke-dasharray': op.dash ? '4 3' : undefined,
        })
      : el(
          'text',
          { x: op.x, y: op.y, 'font-size': op.size, fill: op.color, 'font-weight': op.bold ? 600 : undefined, 'text-anchor': op.anchor },
          ...op.lines.map((line, i) => el('tspan', { x: op.x, dy: i ? op.size * LINE : undefined }, line)),
        ),
  );
  const tile = (id: string, background: string, ...marks: Element[]) =>
    el(
      'pattern',
      { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      el('rect', { width: 6, height: 6, fill: background }),
      ...marks,
    );
  const dot = (at: number) => el('circle', { cx: at, cy: at, r: 0.8, fill: theme.muted });
  const svg = el(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': theme.family },
    el('title', {}, title),
    el(
      'defs',
      {},
      tile('hatch', theme.bg, el('path', { d: HATCH, stroke: theme.series, 'stroke-width': 2 })),
      tile('dots', theme.surface, dot(1.5), dot(4.5)),
    ),
    el('rect', { width: '100%', height: '100%', fill: theme.bg }),
    ...body,
  ) as SVGSVGElement;
  // A line's trailing space is kept, so the text copies as written.
  svg.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  return svg;
}

/** The drawing painted at `scale` × its CSS pixels, as a PNG file. */
export function toPng({ width, height, theme, ops }: Drawing, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  const pattern = (look: string) => {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 6 * scale;
    const t = tile.getContext('2d')!;
    t.scale(scale, scale);
    t.fillStyle = look === 'computed' ? theme.bg : theme.surface;
    t.fillRect(0, 0, 6, 6);
    if (look === 'computed') {
      t.strokeStyle = theme.series;
      t.lineWidth = 2;
      t.stroke(new Path2D(HATCH));
    } else {
      t.fillStyle = theme.muted;
      for (const xy of [1.5, 4.5]) {
        t.beginPath();
        t.arc(xy, xy, 0.8, 0, 2 * Math.PI);
        t.fill();
      }
    }
    const p = ctx.createPattern(tile, 'repeat')!;
    p.setTransform(new DOMMatrix().scale(1 / scale));
    return p;
  };
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  for (const op of ops) {
    if (op.t === 'rect') {
      if (op.fill !== 'none') {
        ctx.fillStyle = op.fill === 'computed' || op.fill === 'remainder' ? pattern(op.fill) : op.fill;
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 1.5;
        ctx.setLineDash(op.dash ? [4, 3] : []);
        ctx.strokeRect(op.x, op.y, op.w, op.h);
      }
      continue;
    }
    ctx.font = `${op.bold ? '600 ' : ''}${op.size}px ${theme.family}`;
    ctx.fillStyle = op.color;
    ctx.textAlign = op.anchor === 'middle' ? 'center' : op.anchor === 'end' ? 'right' : 'left';
    op.lines.forEach((line, i) => ctx.fillText(line.trimEnd(), op.x, op.y + i * op.size * LINE));
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Reads the colours and font from an element inside the widget, after render. */
export function pictureTheme(el: Element): PictureTheme {
  const style = getComputedStyle(el);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: token('--_text'),
    muted: token('--_muted'),
    bg: token('--_bg'),
    grid: token('--_grid'),
    series: token('--_series-1'),
    surface: token('--_surface'),
    family: style.fontFamily,
    size: parseFloat(style.fontSize) || 16,
  };
}
