/**
 * The drawn rules of a PDF page, from pdf.js's operator list: every straight horizontal or vertical stroke, and every
 * thin filled rectangle (Word draws cell borders that way), in page coordinates (the current transform applied;
 * y grows upwards, as in the text positions pdf.js gives). Clipping paths, curves and white paint are no rules.
 */

/** A horizontal rule at y = `pos` from x = `from` to `to`, or a vertical one at x = `pos` from y = `from` to `to`. */
export interface Rule {
  readonly pos: number;
  readonly from: number;
  readonly to: number;
}

export interface PageRules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

export const NO_RULES: PageRules = { horizontal: [], vertical: [] };

/** The operator ids this module reads (pdf.js's `OPS`), passed in so the module needs no pdf.js import. */
export interface OpIds {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly setFillRGBColor: number;
  readonly setStrokeRGBColor: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's `cm` pre-multiplies the current transform).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function asMatrix(value: unknown): Matrix | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const v = Array.from(value as ArrayLike<unknown>);
  if (v.length < 6 || v.slice(0, 6).some((x) => typeof x !== 'number' || !Number.isFinite(x))) return null;
  const [a, b, c, d, e, f] = v as number[];
  return [a ?? 1, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0];
}

function isWhite(hex: string | null): boolean {
  return hex !== null && /^#?f{6}$/i.test(hex);
}

/** Segments of one path buffer (pdf.js DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function segmentsOf(buffer: ArrayLike<number>, m: Matrix): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const at = (x: number, y: number): [number, number] => [
    m[0] * x + m[2] * y + m[4],
    m[1] * x + m[3] * y + m[5],
  ];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < buffer.length;) {
    const op = buffer[i];
    if (op === 0 || op === 1) {
      const [x, y] = at(buffer[i + 1] ?? 0, buffer[i + 2] ?? 0);
      if (op === 1) out.push([cx, cy, x, y]);
      else [sx, sy] = [x, y];
      [cx, cy] = [x, y];
      i += 3;
    } else if (op === 2) {
      [cx, cy] = at(buffer[i + 5] ?? 0, buffer[i + 6] ?? 0);
      i += 7;
    } else if (op === 3) {
      [cx, cy] = at(buffer[i + 3] ?? 0, buffer[i + 4] ?? 0);
      i += 5;
    } else if (op === 4) {
      if (cx !== sx || cy !== sy) out.push([cx, cy, sx, sy]);
      [cx, cy] = [sx, sy];
      i += 1;
    } else break; // an unknown op: stop rather than misread the rest
  }
  return out;
}

const FLAT = 0.6;
const MIN_LENGTH = 3;
/** A filled rectangle thinner than this is a rule (Word's borders). */
const THIN = 2.5;

/** Reads the rules of one page's operator list. */
export function rulesOf(list: OperatorList, ops: OpIds): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const stack: { m: Matrix; fill: string | null; stroke: string | null }[] = [];
  let m: Matrix = IDENTITY;
  let fill: string | null = null;
  let stroke: string | null = null;
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  const addSegment = ([x1, y1, x2, y2]: [number, number, number, number]): void => {
    if (Math.abs(y1 - y2) <= FLAT && Math.abs(x2 - x1) >= MIN_LENGTH)
      horizontal.push({ pos: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= FLAT && Math.abs(y2 - y1) >= MIN_LENGTH)
      vertical.push({ pos: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };

  for (let i = 0; i < list.fnArray.length; i += 1) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push({ m, fill, stroke });
    else if (fn === ops.restore) {
      const top = stack.pop();
      if (top) ({ m, fill, stroke } = top);
    } else if (fn === ops.transform) {
      const t = asMatrix(args);
      if (t) m = multiply(m, t);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ m, fill, stroke });
      const t = Array.isArray(args) ? asMatrix(args[0]) : null;
      if (t) m = multiply(m, t);
    } else if (fn === ops.paintFormXObjectEnd) {
      const top = stack.pop();
      if (top) ({ m, fill, stroke } = top);
    } else if (fn === ops.setFillRGBColor)
      fill = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : null;
    else if (fn === ops.setStrokeRGBColor)
      stroke = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : null;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, paths] = args as unknown[];
      const data: unknown = Array.isArray(paths) ? (paths as unknown[])[0] : undefined;
      if (typeof paint !== 'number' || !(ArrayBuffer.isView(data) || Array.isArray(data))) continue;
      const segments = segmentsOf(data as ArrayLike<number>, m);
      if (strokes.has(paint) && !isWhite(stroke)) segments.forEach(addSegment);
      if (fills.has(paint) && !isWhite(fill) && segments.length > 0) {
        const xs = segments.flatMap(([x1, , x2]) => [x1, x2]);
        const ys = segments.flatMap(([, y1, , y2]) => [y1, y2]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH)
          horizontal.push({ pos: (y0 + y1) / 2, from: x0, to: x1 });
        else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH)
          vertical.push({ pos: (x0 + x1) / 2, from: y0, to: y1 });
      }
    }
  }
  return { horizontal: mergeRules(horizontal), vertical: mergeRules(vertical) };
}

/** Joins rules on one line (within 1 pt) whose extents touch or overlap (within 1.5 pt). */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const out: Rule[] = [];
  const groups: Rule[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    const first = g?.[0];
    if (g && first && r.pos - first.pos <= 1) g.push(r);
    else groups.push([r]);
  }
  for (const g of groups) {
    const pos = g.reduce((s, r) => s + r.pos, 0) / g.length;
    const spans = g.map((r) => [r.from, r.to] as const).sort((a, b) => a[0] - b[0]);
    let cur: [number, number] | null = null;
    for (const [from, to] of spans) {
      if (cur && from <= cur[1] + 1.5) cur[1] = Math.max(cur[1], to);
      else {
        if (cur) out.push({ pos, from: cur[0], to: cur[1] });
        cur = [from, to];
      }
    }
    if (cur) out.push({ pos, from: cur[0], to: cur[1] });
  }
  return out;
}

export interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

const REACH = 1.5;

/**
 * The cell around a point: the nearest rule on each side that passes the point (left, right, below, above), or null
 * when a side has none (the point is in no drawn cell).
 */
export function cellAt(rules: PageRules, x: number, y: number): Box | null {
  let x1 = -Infinity;
  let x2 = Infinity;
  let y1 = -Infinity;
  let y2 = Infinity;
  for (const v of rules.vertical) {
    if (y < v.from - REACH || y > v.to + REACH) continue;
    if (v.pos <= x && v.pos > x1) x1 = v.pos;
    if (v.pos > x && v.pos < x2) x2 = v.pos;
  }
  for (const h of rules.horizontal) {
    if (x < h.from - REACH || x > h.to + REACH) continue;
    if (h.pos <= y && h.pos > y1) y1 = h.pos;
    if (h.pos > y && h.pos < y2) y2 = h.pos;
  }
  if (![x1, x2, y1, y2].every(Number.isFinite)) return null;
  return { x1, x2, y1, y2 };
}

/** True when a rule crosses the inside of `box` (a glyph drawn across a border). */
export function crossesRule(rules: PageRules, box: Box): boolean {
  const inset = 0.3;
  return (
    rules.vertical.some(
      (v) => v.pos > box.x1 + inset && v.pos < box.x2 - inset && v.to > box.y1 && v.from < box.y2,
    ) ||
    rules.horizontal.some(
      (h) => h.pos > box.y1 + inset && h.pos < box.y2 - inset && h.to > box.x1 && h.from < box.x2,
    )
  );
}
