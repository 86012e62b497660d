/**
 * Stands in for @kurkle/color inside chart.js (aliased in vite.config.ts). chart.js uses it in two places only:
 * to animate between colours and to derive a hover colour. The kit draws without animation and keeps a bar's
 * colour on hover, so colours pass through unchanged; this saves about 3 KB gzip of colour parsing.
 */
export class Color {
  readonly valid: boolean;
  constructor(private readonly value: unknown) {
    this.valid = typeof value === 'string';
  }
  saturate(): this {
    return this;
  }
  darken(): this {
    return this;
  }
  mix(): this {
    return this;
  }
  hexString(): string {
    return String(this.value);
  }
}
