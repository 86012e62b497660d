// An app that checks a dataset and shows no widget.
import { validateDataset } from 'export-widgets/data';

console.log(validateDataset(JSON.parse(document.body.dataset.json ?? '{}')).ok);
