/**
 * Figures for the "house in order" review (issue 14): upward imports and folder cycles inside apps/api, and the
 * largest files and functions (lines) per project. Generated code, migrations and `.d.ts` files are left out.
 *
 *   npx tsx tools/code-health.ts [--top N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import {
  apiImports,
  capabilityGraph,
  folderCycles,
  folderGraph,
  upwardImports,
} from '../apps/api/test/layering/api-imports';

const rootArg = process.argv.indexOf('--root');
/** `--root DIR` measures another checkout (e.g. `git archive` of an older commit). */
const ROOT = rootArg >= 0 ? resolve(process.argv[rootArg + 1] ?? '.') : resolve(__dirname, '..');
const PROJECTS = [
  'apps/api/src',
  'libs/sop-model/src',
  'libs/sop-import/src',
  'libs/region-data/src',
  'apps/dashboard/src',
];
const SKIP = /(^|\/)(node_modules|generated|migrations|dist)(\/|$)|\.d\.ts$/;

const topArg = process.argv.indexOf('--top');
const TOP = topArg >= 0 ? Number(process.argv[topArg + 1]) : 10;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (SKIP.test(relative(ROOT, path))) return [];
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Sized {
  name: string;
  lines: number;
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name !== undefined) {
    const owner = ts.isClassDeclaration(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
    return owner + named.name.getText(source);
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText(source);
  return '(anonymous)';
}

function functionsOf(path: string): Sized[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: Sized[] = [];
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1;
      out.push({ name: `${relative(ROOT, path)} ${functionName(node, source)}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const top = (items: Sized[]): Sized[] => [...items].sort((a, b) => b.lines - a.lines).slice(0, TOP);
const show = (title: string, items: Sized[]): void => {
  console.log(`\n${title}`);
  for (const item of items) console.log(`${String(item.lines).padStart(6)}  ${item.name}`);
};

const imports = apiImports(join(ROOT, 'apps/api/src'));
const upward = upwardImports(imports);
const cycles = folderCycles(folderGraph(imports));
const capabilityCycles = folderCycles(capabilityGraph(folderGraph(imports)));
console.log(`apps/api: ${imports.length} relative imports, ${upward.length} upward`);
for (const { from, to } of upward) console.log(`  ↑ ${from} → ${to}`);
console.log(`apps/api: ${cycles.length} folder cycles (all folders)`);
for (const cycle of cycles) console.log(`  ⟲ ${cycle.join(' ⇄ ')}`);
console.log(`apps/api: ${capabilityCycles.length} cycles between capability folders`);
for (const cycle of capabilityCycles) console.log(`  ⟲ ${cycle.join(' ⇄ ')}`);

const all: Sized[] = [];
for (const project of PROJECTS) {
  const paths = files(join(ROOT, project));
  const sizes = paths.map((path) => ({
    name: relative(ROOT, path),
    lines: readFileSync(path, 'utf8').split('\n').length,
  }));
  const functions = paths.flatMap(functionsOf);
  all.push(...functions);
  const over500 = sizes.filter((s) => s.lines > 500).length;
  const over80 = functions.filter((f) => f.lines > 80).length;
  show(`${project}: largest files (${over500} over 500 lines)`, top(sizes));
  show(`${project}: largest functions (${over80} over 80 lines)`, top(functions));
}
