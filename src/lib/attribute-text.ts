/**
 * What a property stands for as attribute text. React 19 and Vue set properties, not
 * attributes, so a widget's `from` may be the number 2019, its `figures` an array of ids. Each is read as the
 * attribute would be written: a string as it is, a finite number in digits, an array as its items separated by
 * spaces (the form of the space-separated lists).
 */

/** The attribute text of a property value: undefined for none (undefined, null), null for a value that stands for no text (a Symbol, a boolean, NaN or ±Infinity, any other object). */
export function attributeText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => attributeText(item) ?? null);
    return items.every((item) => item !== null) ? items.join(' ') : null;
  }
  return null;
}

/** A value as a message shows it, whatever it is: a Symbol, an object with no JSON, a huge string cut short. */
export function describeValue(value: unknown, max = 80): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? value : typeof value === 'object' && value ? (JSON.stringify(value) ?? String(value)) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
