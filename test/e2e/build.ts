/** Small bundles the e2e pages need besides the kit, built in memory (scripts/bundle.ts). */
import { join } from 'node:path';
import { bundle as build } from '../../scripts/bundle.js';
import { ROOT } from './harness.js';

/** A page module bundled with its own copy of its dependencies (for a second Lit on the page). */
export const bundle = (entry: string): Promise<string> => build(join(ROOT, entry));
