// `npm run bench`: for each scale (BENCH_SCALES, or BENCH_ARTICLES alone) seeds a benchmark database,
// starts the real server twice (node dist/cli.js serve, page cache on and off) and a raw node:http
// server that returns the very same bytes as the cached article page, and measures them all with
// autocannon in one run, so every figure has a baseline taken on the same (noisy) machine minutes
// apart. With several scales it ends with the cost-growth table. `node dist/bench.js --seed-only` only
// seeds the databases; `--plans` prints the page queries' plans and timings. See docs/benchmarks.md.
//
//   bench/run-scale.ts   one scale: seed, servers, scenarios, targets
//   bench/seed*.ts       the seeder          bench/pages.ts     which URLs are measured
//   bench/measure.ts     autocannon          bench/search.ts    the sequential search scenario
//   bench/servers.ts     site + baseline     bench/targets.ts   the targets of issue 7
//   bench/print.ts       the tables          bench/report.ts    machine, load and table helpers
//   bench/beacon.ts      the view beacon     bench/plans.ts     query plans (--plans)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../src/paths.js';
import { round } from './measure.js';
import { readOptions, redact, scaleLabel } from './options.js';
import { printGrowth, printScale } from './print.js';
import { killAllNow } from './processes.js';
import { cpuPressure, machine, machineLoad, mb } from './report.js';
import { printPlans, queryPlans } from './plans.js';
import { runScale, seedScale, serverSetup, type ScaleResult } from './run-scale.js';
import { describePhases } from './seed.js';

/** Exit statuses: 0 fine, 1 the harness failed, 2 a target was missed with BENCH_STRICT=1. */
export const EXIT_FAILED = 1;
export const EXIT_TARGET_MISSED = 2;

async function run(): Promise<number> {
  const root = projectRoot();
  const o = readOptions(process.env, root);
  const log = (s: string) => console.error(s);
  const started = new Date();
  const cliPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.js');
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm run bench does)`);

  const info = machine();
  log(`Newsdesk benchmark — scales ${o.scales.map(scaleLabel).join(', ')} (${o.perDay} articles a day), ${o.duration} s per scenario (+${o.warmup} s warm-up), ${o.connections} connections`);
  log(`Machine: ${info.cores} × ${info.cpuModel}, ${info.memoryGb} GB, Node ${info.node}; ${machineLoad()}`);
  if (o.nodeFlags.length) log(`Site servers run with node ${o.nodeFlags.join(' ')} (BENCH_NODE_FLAGS)`);
  const tty = process.stderr.isTTY;
  const progress = (line: string, final: boolean) => {
    if (tty) process.stderr.write('\r' + line + (final ? '\n' : ''));
    else log(line);
  };

  if (process.argv.includes('--seed-only')) {
    for (const articles of o.scales) {
      const seed = await seedScale({ o, root, cliPath, log, progress }, articles);
      console.log(`${scaleLabel(articles)}: ${seed.reused ? 'reused' : `seeded in ${seed.seconds.toFixed(1)} s (${describePhases(seed.phases)})`}; ${mb(seed.dbBytes)}`);
    }
    return 0;
  }

  if (process.argv.includes('--plans')) {
    for (const articles of o.scales) {
      await seedScale({ o, root, cliPath, log, progress }, articles);
      printPlans(scaleLabel(articles), await queryPlans(serverSetup(o, root, articles).config, Date.now()));
    }
    return 0;
  }

  const results: ScaleResult[] = [];
  const failures: string[] = [];
  for (const articles of o.scales) {
    try {
      const r = await runScale({ o, root, cliPath, log, progress }, articles);
      results.push(r);
      printScale(r);
      failures.push(...r.failures.map((f) => `${r.label}: ${f}`));
    } catch (err) {
      // One scale failing (seeding, a server that does not start, a page that is not 200) fails the
      // run, but the other scales are still measured.
      const msg = err instanceof Error ? err.message : String(err);
      console.error(`bench: ${scaleLabel(articles)}: ${msg}`);
      if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
      failures.push(`${scaleLabel(articles)}: ${msg}`);
    }
  }
  printGrowth(results);

  const missed = results.flatMap((r) => r.targets.filter((t) => t.pass === false).map((t) => `${r.label} ${t.id}`));
  const report = {
    date: started.toISOString(),
    machine: info,
    machineLoad: { end: { loadAverage: os.loadavg().map((l) => round(l)), cpuPressure10s: cpuPressure() } },
    options: { ...o, scenarios: [...o.scenarios], databaseUrlTemplate: o.databaseUrlTemplate && redact(o.databaseUrlTemplate) },
    scales: results.map((r) => ({ ...r, scenarios: r.scenarios.map((s) => ({ ...s })) })),
    targetsMissed: missed,
    failures,
    ok: failures.length === 0,
  };
  mkdirSync(o.resultsDir, { recursive: true });
  const file = path.join(o.resultsDir, `bench-${started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nResults: ${path.relative(process.cwd(), file) || file}`);

  if (failures.length) {
    console.error(`\nFAILED: ${failures.join('\n  ')}`);
    return EXIT_FAILED;
  }
  if (missed.length) {
    console.log(`Targets missed: ${missed.join(', ')}${o.strict ? ' (BENCH_STRICT=1: exit status 2)' : ''}`);
    if (o.strict) return EXIT_TARGET_MISSED;
  }
  return 0;
}

{
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping the servers`);
      killAllNow();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
      if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
      killAllNow();
      process.exitCode = EXIT_FAILED;
    },
  );
}
