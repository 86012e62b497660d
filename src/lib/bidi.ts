/**
 * Text the kit does not write itself (dataset names, notes and quotes; attribute values echoed in hints) kept from
 * reordering the kit's sentences and figures around it. An exporter named `NCC` + U+202E
 * (right-to-left override) made «NCC, 652 млн ₽» read «NCC ₽ нлм 256»; a name in Arabic or Hebrew letters pulls a
 * following figure to its side the same way. Such text is wrapped in FSI … PDI (U+2068 … U+2069), the plain-text
 * equivalent of `<bdi>`: it works in the DOM, in attributes, on a canvas and in a CSV cell alike.
 */

export const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their presentation forms), the right-to-left
 * and Arabic letter marks, and the explicit embeddings, overrides and isolates. Text without any of these cannot
 * move its neighbours, so it is left exactly as written.
 */
const MAY_REORDER =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u061c\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * `text` as one isolated unit: unchanged when it cannot reorder anything, else between FSI and PDI. A PDI inside
 * that closes nothing the text opened is dropped (it would close the wrapper early), isolates the text leaves open
 * are closed, and the final PDI ends any embedding or override the text left open (Unicode bidi rule X6a).
 */
export function isolate(text: string): string {
  if (!MAY_REORDER.test(text)) return text;
  let open = 0;
  const inner = text.replace(/[\u2066-\u2069]/g, (c) => {
    if (c !== PDI) open++;
    else if (open) open--;
    else return '';
    return c;
  });
  return FSI + inner + PDI.repeat(open) + PDI;
}
