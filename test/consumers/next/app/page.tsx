import { Kit } from './kit';
import { Widget } from './widget';

export default function Page() {
  return (
    <main>
      <h1>Technopolis Moscow exports</h1>
      <Widget tag="key-figures" attributes={{ lang: 'en' }} />
      <Widget tag="export-growth" attributes={{ lang: 'en', comparison: 'years' }} />
      <Kit />
    </main>
  );
}
