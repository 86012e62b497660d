// A server-rendered app's server makes a widget's embed code with the package's renderer. Prints it for the test.
import { prerender } from 'export-widgets/server';

console.log(prerender('key-figures', { lang: 'en' }));
