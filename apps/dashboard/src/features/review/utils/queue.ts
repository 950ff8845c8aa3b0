/**
 * Pure parts of the review queue: which warnings it walks, the choices a warning offers (in the users' words), what
 * a key press does, and where on the page crop the cell and its candidates sit.
 */
import { FACILITY_STATUSES, FREQUENCIES, HGW_STATUSES } from '@sop-atlas/sop-model';

/** A rectangle on a PDF page in user-space units (origin bottom-left), as the API's `PageBox`. */
export interface PageBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface CandidateCellLike {
  readonly value: string;
  readonly box: PageBox;
}

export interface QueueWarningLike {
  readonly path: string;
  readonly candidates: readonly string[];
  readonly cells: readonly CandidateCellLike[];
  readonly resolvedAt?: unknown;
}

/** One choice of a warning: the value stored and the cells of the page that stand for it. */
export interface QueueChoice {
  readonly value: string;
  readonly boxes: readonly PageBox[];
}

/** The warnings the queue walks: the open ones, in the document's order. */
export function openWarnings<W extends QueueWarningLike>(warnings: readonly W[]): W[] {
  return warnings.filter((w) => !w.resolvedAt);
}

/**
 * The values a reviewer can choose for a warning: its candidates (a cell in doubt), else the values of the cells of
 * its row (a missing value: any column may be right). Only for a warning about one field.
 */
export function choicesOf(warning: QueueWarningLike): QueueChoice[] {
  if (warning.path === '' || !/\.(?:status|frequency|available)$/.test(warning.path)) return [];
  const values = warning.candidates.length > 0 ? warning.candidates : warning.cells.map((c) => c.value);
  return [...new Set(values)].map((value) => ({
    value,
    boxes: warning.cells.filter((c) => c.value === value).map((c) => c.box),
  }));
}

const SCALES: Readonly<Record<string, readonly { code: string; label: string }[]>> = {
  hgw: HGW_STATUSES,
  partners: FREQUENCIES,
  facilities: FACILITY_STATUSES,
};

/** A candidate in the template's words ("Regelmatig", "Aanwezig in de school", "ja"). */
export function choiceLabel(path: string, value: string): string {
  const table = /^([a-z]+)\[/.exec(path)?.[1] ?? '';
  return SCALES[table]?.find((s) => s.code === value)?.label ?? value;
}

export type QueueAction =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'next-choice' }
  | { readonly kind: 'previous-choice' }
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'choose-focused' };

/** What a key does in the queue (null: nothing, the browser keeps it). Modified keys are never the queue's. */
export function queueAction(
  key: string,
  modifiers: { readonly ctrl?: boolean; readonly alt?: boolean; readonly meta?: boolean },
): QueueAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'next' };
    case 'k':
    case 'ArrowUp':
      return { kind: 'previous' };
    case 'ArrowRight':
      return { kind: 'next-choice' };
    case 'ArrowLeft':
      return { kind: 'previous-choice' };
    case 'Enter':
      return { kind: 'choose-focused' };
    default:
      return /^[1-9]$/.test(key) ? { kind: 'choose', index: Number(key) - 1 } : null;
  }
}

/** A rectangle in CSS pixels of the crop, origin top-left. */
export interface CropRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface CropLayout {
  /** Scale from PDF points to CSS pixels. */
  readonly scale: number;
  /** The crop in page pixels at `scale` (origin top-left of the page). */
  readonly crop: CropRect;
  /** The highlighted box and the candidates' cells, in pixels of the crop. */
  readonly highlight: CropRect;
  readonly cells: readonly CropRect[];
}

/**
 * Where to crop a page of `pageWidth` × `pageHeight` points to show `box` with `margin` points around it, scaled to
 * at most `maxWidth` CSS pixels wide (and at most `maxScale`), and where the box and the cells land in that crop.
 * Assumes an unrotated page (PDF y grows upwards, the canvas's downwards).
 */
export function cropLayout(
  page: { readonly width: number; readonly height: number },
  box: PageBox,
  cells: readonly PageBox[],
  options: { readonly margin: number; readonly maxWidth: number; readonly maxScale: number },
): CropLayout {
  const x1 = Math.max(0, Math.min(box.x1, box.x2) - options.margin);
  const x2 = Math.min(page.width, Math.max(box.x1, box.x2) + options.margin);
  const y1 = Math.max(0, Math.min(box.y1, box.y2) - options.margin);
  const y2 = Math.min(page.height, Math.max(box.y1, box.y2) + options.margin);
  const width = Math.max(1, x2 - x1);
  const scale = Math.min(options.maxScale, options.maxWidth / width);
  const crop: CropRect = {
    left: x1 * scale,
    top: (page.height - y2) * scale,
    width: width * scale,
    height: Math.max(1, y2 - y1) * scale,
  };
  const inCrop = (b: PageBox): CropRect => ({
    left: (Math.min(b.x1, b.x2) - x1) * scale,
    top: (y2 - Math.max(b.y1, b.y2)) * scale,
    width: Math.abs(b.x2 - b.x1) * scale,
    height: Math.abs(b.y2 - b.y1) * scale,
  });
  return { scale, crop, highlight: inCrop(box), cells: cells.map(inCrop) };
}
