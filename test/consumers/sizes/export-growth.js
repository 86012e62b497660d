// An app that shows <export-growth> alone.
import 'export-widgets/export-growth';
