// An app that shows <destination-list> alone.
import 'export-widgets/destination-list';
