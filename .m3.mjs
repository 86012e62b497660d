import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { parseAst } from 'rolldown/parseAst';
import MagicString from 'magic-string';
const out = '/tmp/sp2/m3';
const groups = {
  reg: { Registry: ['remove', 'removeControllers', 'removeElements', 'removePlugins', 'removeScales'] },
  parse2: { DatasetController: ['parseArrayData', 'parseObjectData'], BarController: ['parseArrayData', 'parseObjectData'] },
  valueForPixel: { LinearScale: ['getValueForPixel'], CategoryScale: ['getValueForPixel'], Scale: ['getDecimalForPixel', 'getValueForPixel'] },
  chartVis: { Chart: ['setDatasetVisibility', 'toggleDataVisibility', '_updateVisibility', 'hide', 'show', 'toBase64Image', 'getActiveElements', 'setActiveElements', 'isPluginEnabled'] },
  responsive: { Chart: ['bindResponsiveEvents'] },
  parse: { DatasetController: ['parseArrayData', 'parseObjectData', '_onDataPush', '_onDataPop', '_onDataShift', '_onDataSplice', '_onDataUnshift'], BarController: ['parseArrayData', 'parseObjectData'] },
  title: { Scale: ['drawTitle'] },
  platform: { DomPlatform: ['addEventListener', 'removeEventListener'] },
  hover: { Chart: ['_updateHoverStyles', 'updateHoverStyle'], DatasetController: ['setHoverStyle', 'removeHoverStyle', '_setStyle', '_setDatasetHoverStyle', '_removeDatasetHoverStyle'] },
  label: { DatasetController: ['getLabelAndValue'], BarController: ['getLabelAndValue'] },
  registry: { Registry: ['remove', 'removeControllers', 'removeElements', 'removePlugins', 'removeScales'], Chart: ['unregister'] },
};
const chosen = process.argv.slice(2);
const remove = {};
for (const g of chosen) for (const [c, ms] of Object.entries(groups[g] ?? {})) (remove[c] ??= []).push(...ms);
const modesOnly = chosen.includes('modes');
const plugin = { name: 'x', enforce: 'pre', transform(code, id) {
  if (!id.endsWith('node_modules/chart.js/dist/chart.js')) return null;
  const ast = parseAst(code); const ms = new MagicString(code);
  for (const n of ast.body) { const d = n.type === 'ExportNamedDeclaration' ? n.declaration : n;
    if (d?.type === 'ClassDeclaration' && remove[d.id.name]) for (const m of d.body.body) if (m.type === 'MethodDefinition' && remove[d.id.name].includes(m.key.name)) ms.remove(m.start, m.end);
    if (modesOnly && d?.type === 'VariableDeclaration' && d.declarations[0].id.name === 'Interaction') {
      const modes = d.declarations[0].init.properties.find((p) => p.key.name === 'modes');
      for (const p of modes.value.properties) if (p.key.name !== 'nearest') ms.remove(p.start, p.end + (code[p.end] === ',' ? 1 : 0));
    }
  }
  return { code: ms.toString() };
} };
await build({ root: process.cwd(), configFile: 'vite.config.ts', logLevel: 'warn', plugins: [plugin], build: { sourcemap: false, outDir: out, emptyOutDir: true, lib: { entry: 'src/index.ts', name: 'ExportWidgets', formats: ['es'], fileName: () => 'export-widgets.js' } } });
const b = readFileSync(out + '/export-widgets.js');
console.log(chosen.join('+') || 'none', b.length, gzipSync(b, { level: 9 }).length, execSync(`gzip -9c ${out}/export-widgets.js | wc -c`).toString().trim());
