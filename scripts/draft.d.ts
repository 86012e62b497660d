/**
 * A first draft of a release's figures for the data maintainer (issue 21, item 8): every number the text states, as a
 * figure entry in the dataset's format, with the sentence it stands in as its verbatim quote, the qualifier read from
 * the words just before it, its unit and scale, the period where the sentence states it, and the countries it names.
 *
 * It reads the way a careful person would, with a few tables of Russian and Uzbek words, and guesses nothing it cannot
 * show: what it cannot tell (the kind when the wording is unusual, an exporter's id, a period the text leaves to its
 * date) is listed in `check` for the maintainer. It never writes into the dataset.
 */
import type { Figure, Qualifier } from '../src/data/schema.js';
export interface DraftFigure {
    readonly figure: Figure & {
        value: number;
        qualifier: Qualifier;
    };
    /** What the maintainer must check or complete before the entry goes into the dataset. */
    readonly check: string[];
}
export interface DraftDestination {
    readonly destination: {
        period?: string;
        countries: string[];
        role: 'market';
        citations: {
            source: string;
            quote: string;
        }[];
    };
    readonly check: string[];
}
export interface Draft {
    readonly figures: DraftFigure[];
    readonly destinations: DraftDestination[];
    /** The text's own date when it states one (`date 2025-10-28`, `28.10.2025`), or the one given. */
    readonly date?: string;
}
/** Sentences and lines, each with its exact text (a substring of the release, so that it is a verbatim quote). */
export declare function sentences(text: string): string[];
/**
 * The part of a sentence to quote: without an opening quotation mark whose closing one is not in it, and without the
 * attribution after a direct quote («…», – сказал заместитель мэра). Always a substring of the sentence.
 */
export declare function quoteOf(sentence: string): string;
/** The text's own date: a `date 2025-10-28` line or an ISO or dd.mm.yyyy date in its first lines. */
export declare function dateOf(text: string): string | undefined;
export declare function draftRelease(text: string, options: {
    source: string;
    date?: string;
}): Draft;
