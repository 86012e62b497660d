import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The app is its own project inside the kit's repository: its root, not the repository's (which has a lockfile too).
  turbopack: { root: here },
  outputFileTracingRoot: here,
  // `next dev` would write an AGENTS.md into the app.
  agentRules: false,
  experimental: { agentUpgrade: false },
};
