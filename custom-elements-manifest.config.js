// Custom-elements manifest (custom-elements.json): the source of Storybook's controls and docs tables.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.messages.ts', 'src/**/*.styles.ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
};
