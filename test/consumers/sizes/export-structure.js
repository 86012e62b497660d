// An app that shows <export-structure> alone.
import 'export-widgets/export-structure';
