// An app whose own Lit element loads before the kit, and nothing before it: Lit is evaluated without hydration.
import './own-element.js';
import 'export-widgets/key-figures';
