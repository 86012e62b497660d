// An app that shows all five widgets.
import 'export-widgets';
