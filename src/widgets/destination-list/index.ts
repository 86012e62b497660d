/** Defines <destination-list>: importing this module registers the element. */
import '../../shared/hydrate.js';
import { define } from '../../shared/define.js';
import { DestinationList } from './destination-list.js';

export { DestinationList };
define('destination-list', DestinationList);

declare global {
  interface HTMLElementTagNameMap {
    'destination-list': DestinationList;
  }
}
