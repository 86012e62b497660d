// An app that shows <key-figures> alone.
import 'export-widgets/key-figures';
