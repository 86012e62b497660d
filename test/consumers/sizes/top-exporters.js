// An app that shows <top-exporters> alone.
import 'export-widgets/top-exporters';
