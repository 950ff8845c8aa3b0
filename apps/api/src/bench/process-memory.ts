/**
 * Resident memory of a process and everything it started (an embedded PostgreSQL server runs as child processes
 * of the app), read from Linux's /proc. RSS counts shared pages once per process, so for a server with many
 * processes PSS (each shared page divided among its sharers) is the fairer total; both are reported.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** The process itself. */
  rssMb: number;
  /** Its descendants (e.g. an embedded server's postmaster and backends), summed. */
  childrenRssMb: number;
  /** PSS of the process and its descendants, summed (null where /proc has no smaps_rollup). */
  totalPssMb: number | null;
  processes: number;
}

function readKb(file: string, field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const parent = parentOf(pid);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export function treeMemory(pid: number): TreeMemory | null {
  const own = readKb(`/proc/${pid}/status`, 'VmRSS');
  if (own === null) return null;
  const others = descendants(pid);
  let childrenKb = 0;
  for (const child of others) childrenKb += readKb(`/proc/${child}/status`, 'VmRSS') ?? 0;
  let pssKb: number | null = 0;
  for (const p of [pid, ...others]) {
    const pss = readKb(`/proc/${p}/smaps_rollup`, 'Pss');
    if (pss === null) {
      pssKb = null;
      break;
    }
    pssKb += pss;
  }
  const mb = (kb: number): number => Math.round(kb / 1024);
  return {
    rssMb: mb(own),
    childrenRssMb: mb(childrenKb),
    totalPssMb: pssKb === null ? null : mb(pssKb),
    processes: 1 + others.length,
  };
}
