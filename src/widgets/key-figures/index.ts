/** Defines <key-figures>: importing this module registers the element. */
import '../../shared/hydrate.js';
import { define } from '../../shared/define.js';
import { KeyFigures } from './key-figures.js';

export { KeyFigures };
define('key-figures', KeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'key-figures': KeyFigures;
  }
}
