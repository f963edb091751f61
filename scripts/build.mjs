// Bundles the server and CLI into dist/ with esbuild (a second or less). Dependencies stay in
// node_modules; the client script and styles are built by the app itself when it starts.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
};

// bench: the benchmark harness (npm run bench), which starts dist/cli.js as its server.
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', bench: 'bench/main.ts' }, outdir: 'dist' });
