import { Listening } from './listening';

export default function Events() {
  return (
    <main>
      <h1>Events through React props</h1>
      <Listening />
    </main>
  );
}
