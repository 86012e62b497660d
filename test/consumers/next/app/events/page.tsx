import Link from 'next/link';
import { Listening } from './listening';

export default function Events() {
  return (
    <main>
      <h1>Events through React props</h1>
      <Listening />
      <Link href="/">The figures</Link>
    </main>
  );
}
