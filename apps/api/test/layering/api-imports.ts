import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The API's layering, lowest first. An import may point to its own layer or a lower one; an import that points
 * to a higher layer is "upward". Capability folders (every folder not named here) may import each other, without
 * cycles.
 *
 *   foundation ← infrastructure ← capabilities ← database ← entry points
 *
 * `database` sits above the capabilities on purpose: it holds the explicit entity registry (`entities.ts`, no
 * globs) and the connection options, so it names every capability's entities; capabilities never import it (their
 * column transformers live in `common/`).
 */
export const LAYERS = {
  /** Shared helpers and the one typed configuration: no capability, no database. */
  foundation: ['common', 'config'],
  /** Logging, metrics and the exception filter: no capability. */
  infrastructure: ['observability', 'jobs'],
  capabilities: [] as string[],
  /** The connection options, the entity registry, the migrations and the embedded engine. */
  database: ['database'],
  /** What wires capabilities together or starts the process: the app module, the CLI, the web server, scripts. */
  entry: ['(root)', 'cli', 'web', 'scripts', 'bench'],
} as const;

export type Layer = keyof typeof LAYERS;
const ORDER: readonly Layer[] = ['foundation', 'infrastructure', 'capabilities', 'database', 'entry'];

export const API_SRC = resolve(__dirname, '../../src');

export interface FileImport {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import between files of `apps/api/src` (paths relative to it; specs and migrations left out). */
export function apiImports(root = API_SRC): FileImport[] {
  const imports: FileImport[] = [];
  for (const file of sourceFiles(root)) {
    const from = relative(root, file).split(sep).join('/');
    if (from.endsWith('.spec.ts') || from.startsWith('database/migrations/')) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = relative(root, resolve(dirname(file), fileName))
        .split(sep)
        .join('/');
      imports.push({ from, to });
    }
  }
  return imports;
}

/** The top folder of a path under `src` (`(root)` for the files directly in it). */
export function folderOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? '(root)' : path.slice(0, slash);
}

export function layerOf(folder: string): Layer {
  for (const layer of ORDER) if ((LAYERS[layer] as readonly string[]).includes(folder)) return layer;
  return 'capabilities';
}

/** Imports from a lower layer into a higher one. */
export function upwardImports(imports: readonly FileImport[]): FileImport[] {
  return imports.filter(
    ({ from, to }) => ORDER.indexOf(layerOf(folderOf(to))) > ORDER.indexOf(layerOf(folderOf(from))),
  );
}

/** Folder → the folders it imports (other folders only). */
export function folderGraph(imports: readonly FileImport[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (!graph.has(a)) graph.set(a, new Set());
    if (a !== b) graph.get(a)?.add(b);
  }
  return graph;
}

/** The folder graph restricted to capability folders (what the "no cycles between capabilities" rule reads). */
export function capabilityGraph(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const isCapability = (folder: string): boolean => layerOf(folder) === 'capabilities';
  return new Map(
    [...graph]
      .filter(([folder]) => isCapability(folder))
      .map(([folder, targets]) => [folder, new Set([...targets].filter(isCapability))]),
  );
}

/** The strongly connected groups of more than one folder (Tarjan), each sorted; i.e. the import cycles. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
