// An app whose own Lit element loads before the kit, with the kit's hydration imported first of all.
import 'export-widgets/hydrate';
import './own-element.js';
import 'export-widgets/key-figures';
