/**
 * Memory of the upload route (issue 17 item 7): starts the built API (`dist/main.js`, production) as a child
 * process on its own new database, then sends one upload of 20 files of 19 MB and then three such uploads at once,
 * sampling the server's resident memory (VmRSS from /proc, every 10 ms). Prints RSS before, peak and after for each
 * case. The files are binary, so each import is refused right after it is read: the figures are the cost of
 * receiving and holding uploads, not of parsing.
 *
 *   npm run bench:upload-memory -w apps/api [-- --database-url postgres://postgres@127.0.0.1:5432/postgres --port 4650]
 *
 * Human output on stderr, one JSON line with all figures on stdout. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

const FILES = 20;
const FILE_BYTES = 19 * 1024 * 1024;
const TOKEN = 'upload-memory-bench-token-0123456789';

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(
  pid: number,
  work: () => Promise<unknown>,
): Promise<{ beforeMb: number; peakMb: number; afterMb: number }> {
  const beforeMb = rssMb(pid);
  let peakMb = beforeMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 10);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  await sleep(2000);
  return { beforeMb, peakMb: Math.max(peakMb, rssMb(pid)), afterMb: rssMb(pid) };
}

async function upload(url: string, files: Blob[]): Promise<number> {
  const form = new FormData();
  files.forEach((file, i) => form.append('file', file, `bestand-${i + 1}.bin`));
  const response = await fetch(`${url}/api/uploads/sop`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  await response.arrayBuffer();
  return response.status;
}

async function main(): Promise<void> {
  const adminUrl = argument('database-url', 'postgres://postgres@127.0.0.1:5432/postgres');
  const port = argument('port', '4650');
  const name = `sop_atlas_upload_memory_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  const main = path.resolve(__dirname, '..', 'main.js');
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: port,
      DATABASE_URL: databaseUrl.toString(),
      STAFF_TOKEN: TOKEN,
      UPLOAD_CONCURRENCY_PER_USER: '3',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i += 1) {
      if (i > 600) throw new Error('de server startte niet binnen 5 minuten');
      const live = await fetch(`${url}/health/live`).catch(() => null);
      if (live?.ok === true) break;
      await sleep(500);
    }
    const pid = child.pid ?? 0;
    // binary content with zero bytes: refused as "no PDF, DOCX or text" once read
    const files = Array.from({ length: FILES }, (_, i) => new Blob([Buffer.alloc(FILE_BYTES, i % 251)]));
    process.stderr.write(`server op ${url} (pid ${pid}); opwarmen\n`);
    await upload(url, files.slice(0, 1)); // warm up (lazy modules, worker threads)
    await sleep(1000);
    process.stderr.write('één upload van 20 bestanden\n');
    const one = await measure(pid, () => upload(url, files));
    process.stderr.write('drie uploads tegelijk\n');
    const three = await measure(pid, () =>
      Promise.all([upload(url, files), upload(url, files), upload(url, files)]),
    );
    const round = (n: number): number => Math.round(n);
    const figures = {
      files: FILES,
      fileMb: FILE_BYTES / 1024 / 1024,
      one: {
        beforeMb: round(one.beforeMb),
        peakMb: round(one.peakMb),
        afterMb: round(one.afterMb),
        addedMb: round(one.peakMb - one.beforeMb),
      },
      three: {
        beforeMb: round(three.beforeMb),
        peakMb: round(three.peakMb),
        afterMb: round(three.afterMb),
        addedMb: round(three.peakMb - three.beforeMb),
      },
    };
    process.stderr.write(
      `Server-RSS bij ${FILES} bestanden van ${figures.fileMb} MB per upload:\n` +
        `  één upload:     voor ${figures.one.beforeMb} MB, piek ${figures.one.peakMb} MB (+${figures.one.addedMb}), na ${figures.one.afterMb} MB\n` +
        `  drie tegelijk:  voor ${figures.three.beforeMb} MB, piek ${figures.three.peakMb} MB (+${figures.three.addedMb}), na ${figures.three.afterMb} MB\n`,
    );
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  const cause = (error as { cause?: unknown }).cause;
  process.stderr.write(`${String(error)} ${cause instanceof Error ? cause.message : ''}\n`);
  process.exitCode = 1;
});
