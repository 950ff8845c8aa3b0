#!/usr/bin/env node
// Measures `npm start` on the embedded database (Linux: reads /proc): cold start (new data folder), warm start
// (second start), the stop, and the memory of the whole process tree (app + database server) idle and under load
// (autocannon, c=20, on the school search and the region overview). One line of figures, then JSON.
//
//   node tools/measure-start.js [--via start|nx] [--port 4210] [--seconds 15] [--runs 1]
//     [--autocannon <bin>]
//
// Without --autocannon (or `autocannon` in node_modules/.bin) the load phase is skipped. The machine's load
// average is printed with the figures: on a busy machine they are "under load".
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
// one engine since PGlite was removed (ADR 0003); `--runs N` repeats the cold/warm pair
const engines = Array.from({ length: Number(option('runs', '1')) }, () => 'postgres');
const basePort = Number(option('port', '4210'));
const seconds = Number(option('seconds', '15'));
// `start`: `npm start` (tools/start.js); `nx`: what `npm start` ran before (`nx run api:serve`), for comparison
const via = option('via', 'start');
const autocannon =
  option('autocannon', null) ??
  (fs.existsSync(path.join(root, 'node_modules/.bin/autocannon'))
    ? path.join(root, 'node_modules/.bin/autocannon')
    : null);

const SEARCH = JSON.stringify({
  query: `{ schools(first: 20, filter: { text: "school" }) { totalCount edges { node { id name } } } }`,
});
const OVERVIEW = JSON.stringify({
  query: `{ regionOverview(schoolYear: "2023-2024") { schools schoolsWithSop
    items { code region { withItem share pupils } gaps { werkgebiedCode } pupilsInGaps } } }`,
});

/** pid and all its descendants (from /proc/<pid>/stat). */
function tree(pid) {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone
    }
  }
  const found = [pid];
  for (let i = 0; i < found.length; i++)
    for (const [child, parent] of parents) if (parent === found[i]) found.push(child);
  return found;
}

/** CPU seconds the process tree has used so far (its own, and that of its finished children). */
function cpuSeconds(pid) {
  let ticks = 0;
  for (const p of tree(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after the command
      ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    } catch {
      // gone
    }
  }
  return ticks / 100; // USER_HZ
}

/** Memory of the process tree in MB: RSS summed (counts shared buffers once per process) and PSS (shares split). */
function memory(pid) {
  let rss = 0;
  let pss = 0;
  for (const p of tree(pid)) {
    try {
      const rollup = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return { rssMb: Math.round(rss / 1024), pssMb: Math.round(pss / 1024) };
}

function start(engine, dataDir, port) {
  const began = process.hrtime.bigint();
  const command =
    via === 'nx'
      ? ['npx', ['nx', 'run', 'api:serve', '--output-style=stream']]
      : ['npm', ['start', '--silent']];
  const child = spawn(command[0], command[1], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SOP_ATLAS_DEMO: 'embedded',
    },
  });
  let output = '';
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('Luistert op'))
        resolve({ s: Number(process.hrtime.bigint() - began) / 1e9, cpuS: cpuSeconds(child.pid) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start stopte (code ${code}):\n${output.slice(-2000)}`)));
  });
  const stop = async () => {
    const t = process.hrtime.bigint();
    const exited = new Promise((resolve) => child.on('exit', resolve));
    process.kill(-child.pid, 'SIGINT');
    await exited;
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  return { child, listening, stop };
}

async function measure(engine, port) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sop-atlas-measure-${engine}-`));
  try {
    const cold = start(engine, dataDir, port);
    const { s: coldS, cpuS: coldCpuS } = await cold.listening;
    const stopS = await cold.stop();
    const warm = start(engine, dataDir, port);
    const { s: warmS, cpuS: warmCpuS } = await warm.listening;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idle = memory(warm.child.pid);
    const figures = { engine, via, coldS, coldCpuS, warmS, warmCpuS, stopS, idle, loadAvg: os.loadavg()[0] };
    if (autocannon) {
      let peak = { rssMb: 0, pssMb: 0 };
      const sampler = setInterval(() => {
        const now = memory(warm.child.pid);
        peak = { rssMb: Math.max(peak.rssMb, now.rssMb), pssMb: Math.max(peak.pssMb, now.pssMb) };
      }, 500);
      // spawnSync blocks the sampler: run autocannon in a child that does not block this process
      const run = (body) =>
        new Promise((resolve) => {
          const worker = spawn(
            process.execPath,
            [
              '-e',
              `
            const r = require('node:child_process').spawnSync(${JSON.stringify(autocannon)}, ${JSON.stringify(
              [
                '-c',
                '20',
                '-d',
                String(seconds),
                '-m',
                'POST',
                '-H',
                'content-type=application/json',
                '-j',
                `http://127.0.0.1:${port}/graphql`,
                '-b',
              ],
            )}.concat([process.argv[1]]), { encoding: 'utf8', maxBuffer: 1 << 26 });
            process.stdout.write(r.stdout);`,
              body,
            ],
            { stdio: ['ignore', 'pipe', 'ignore'] },
          );
          let out = '';
          worker.stdout.on('data', (c) => (out += c));
          worker.on('exit', () => {
            const json = JSON.parse(out);
            resolve({
              rps: Math.round(json.requests.average),
              p99ms: json.latency.p99,
              errors: json.errors + json.non2xx,
            });
          });
        });
      figures.search = await run(SEARCH);
      figures.overview = await run(OVERVIEW);
      clearInterval(sampler);
      figures.underLoad = peak;
      figures.loadAvgAfter = os.loadavg()[0];
    }
    await warm.stop();
    return figures;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  // A start that has to build first would time the build: build now if anything changed.
  if (
    spawnSync(process.execPath, [path.join(root, 'tools/start.js'), '--build-only'], { stdio: 'inherit' })
      .status !== 0
  )
    throw new Error('de build is mislukt');
  const results = [];
  for (const [i, engine] of engines.entries()) {
    const figures = await measure(engine, basePort + i);
    results.push(figures);
    const line = [
      `${engine} (${via}): cold ${figures.coldS.toFixed(1)} s (CPU ${figures.coldCpuS.toFixed(1)} s), ` +
        `warm ${figures.warmS.toFixed(1)} s (CPU ${figures.warmCpuS.toFixed(1)} s), stop ${figures.stopS.toFixed(1)} s`,
      `idle RSS ${figures.idle.rssMb} MB (PSS ${figures.idle.pssMb} MB)`,
      figures.underLoad
        ? `under load RSS ${figures.underLoad.rssMb} MB (PSS ${figures.underLoad.pssMb} MB); ` +
          `search ${figures.search.rps} req/s p99 ${figures.search.p99ms} ms, ` +
          `overview ${figures.overview.rps} req/s p99 ${figures.overview.p99ms} ms (c=20, ${seconds} s)`
        : 'no load phase (autocannon not found)',
      `load average ${figures.loadAvg.toFixed(1)}`,
    ];
    process.stdout.write(`${line.join('; ')}\n`);
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
