/**
 * Free-text sections (vision, support structure, extra support and its limits, evaluation): the school's text with
 * the template's own instructions cut out.
 */
import {
  EXTRA_SUPPORT_FOOTNOTE,
  EXTRA_SUPPORT_TEXT,
  STRUCTURE_PROMPTS,
  STRUCTURE_TEXT,
  VISION_INSTRUCTION,
} from '../template-texts';
import { collapse } from '../text-utils';
import { type Entry, type ParseContext } from './context';
import { type Section } from './sections';

const LIMIT_WORDS =
  /\bgrens|\bgrenzen\b|passendere plek|andere school|niet (?:meer )?(?:kunnen )?bieden|handelingsverlegen|verwijdering/i;

/** Joins wrapped lines into text: bullets and paragraphs after a full stop start a new line. */
export function joinText(texts: readonly string[]): string {
  let out = '';
  let blank = false;
  for (const raw of texts) {
    const t = collapse(raw);
    if (t === '') {
      if (out !== '') blank = true;
      continue;
    }
    if (out === '') out = t;
    else if (/^[-•*–]\s/.test(t) || (blank && /[.!?:]$/.test(out))) out += `\n${t}`;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(t)) out += t;
    else out += ` ${t}`;
    blank = false;
  }
  return out;
}

const MAX_TEXT = 100_000;

/** The trimmed text, at most MAX_TEXT characters; null when empty. */
export function boundedText(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
}

/** Splits entries into paragraphs at blank lines, unless the text before the blank line runs on (page break). */
export function paragraphs(entries: readonly Entry[]): Entry[][] {
  const out: Entry[][] = [];
  let current: Entry[] = [];
  let blank = false;
  for (const e of entries) {
    if (collapse(e.text) === '') {
      blank = current.length > 0;
      continue;
    }
    const last = current[current.length - 1];
    if (blank && last && /[.!?:]\s*$/.test(last.text)) {
      out.push(current);
      current = [];
    }
    blank = false;
    current.push(e);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Removes a fixed template text from the entries, wherever lines wrap. */
export function stripTemplate(entries: Entry[], template: string): Entry[] {
  const chars: string[] = [];
  const owners: [number, number][] = [];
  entries.forEach((e, ei) => {
    for (let ci = 0; ci < e.text.length; ci += 1) {
      const ch = e.text[ci] ?? '';
      if (/\s/.test(ch)) continue;
      chars.push((ch.toLowerCase()[0] ?? ch).normalize('NFC'));
      owners.push([ei, ci]);
    }
  });
  const needle = Array.from(template.replace(/\s+/g, '').toLowerCase())
    .map((c) => c.normalize('NFC'))
    .join('');
  const at = chars.join('').indexOf(needle);
  if (at < 0 || needle.length === 0) return entries;
  const cut = new Map<number, [number, number]>();
  for (let k = at; k < at + needle.length; k += 1) {
    const owner = owners[k];
    if (!owner) continue;
    const [ei, ci] = owner;
    const range = cut.get(ei);
    cut.set(ei, range ? [Math.min(range[0], ci), Math.max(range[1], ci)] : [ci, ci]);
  }
  const out: Entry[] = [];
  entries.forEach((e, ei) => {
    const range = cut.get(ei);
    if (!range) {
      out.push(e);
      return;
    }
    const left = e.text.slice(0, range[0]);
    const right = e.text.slice(range[1] + 1);
    if (collapse(left) === '' && collapse(right) === '') return;
    if (collapse(left) === '') out.push({ index: e.index, text: right, offset: e.offset + range[1] + 1 });
    else
      out.push({
        index: e.index,
        text: collapse(right) === '' ? left : `${left} ${right}`,
        offset: e.offset,
      });
  });
  return out;
}

/** The text of the entries (null when empty), with its provenance at `path`. */
export function freeText(
  ctx: ParseContext,
  path: string,
  section: Section,
  entries: readonly Entry[],
): string | null {
  const content = entries.filter((e) => collapse(e.text) !== '');
  const first = content[0];
  const last = content[content.length - 1];
  const text = boundedText(joinText(entries.map((e) => e.text)));
  if (text === null || !first || !last) return null;
  const raw = ctx.line(first.index);
  ctx.prov(
    path,
    section,
    first.index,
    first.offset + raw.slice(first.offset).search(/\S|$/),
    text,
    last.index,
  );
  return text;
}

export function parseVision(ctx: ParseContext): void {
  const s = ctx.section('vision');
  if (!s) return;
  const entries = stripTemplate(ctx.entries(s), VISION_INSTRUCTION).map((e) => {
    const label = /^(\s*visie\s*:\s*)/i.exec(e.text)?.[1];
    return label === undefined
      ? e
      : { ...e, text: e.text.slice(label.length), offset: e.offset + label.length };
  });
  ctx.doc.vision = freeText(ctx, 'vision', s, entries);
}

export function parseStructure(ctx: ParseContext): void {
  const s = ctx.section('structure');
  if (!s) return;
  let entries = stripTemplate(ctx.entries(s), STRUCTURE_TEXT);
  for (const prompt of STRUCTURE_PROMPTS) entries = stripTemplate(entries, prompt);
  ctx.doc.supportStructure = freeText(ctx, 'supportStructure', s, entries);
}

export function parseEvaluation(ctx: ParseContext): void {
  const s = ctx.section('evaluation');
  if (!s) return;
  ctx.doc.evaluation = freeText(ctx, 'evaluation', s, ctx.entries(s));
}

/**
 * Extra ondersteuning and its limits: from their own section when there is one, else the paragraphs of section 3
 * from the first one that speaks of limits.
 */
export function parseExtraSupport(ctx: ParseContext): void {
  const s = ctx.section('extra');
  const limitsSection = ctx.section('limits');
  if (s) {
    const entries = stripTemplate(stripTemplate(ctx.entries(s), EXTRA_SUPPORT_TEXT), EXTRA_SUPPORT_FOOTNOTE);
    const paras = paragraphs(entries);
    const limitAt = limitsSection
      ? -1
      : paras.findIndex((p) => LIMIT_WORDS.test(p.map((e) => e.text).join(' ')));
    const supportParas = limitAt < 0 ? paras : paras.slice(0, limitAt);
    const limitParas = limitAt < 0 ? [] : paras.slice(limitAt);
    const withBlanks = (ps: Entry[][]): Entry[] =>
      ps.flatMap((p, k) => (k === 0 ? p : [{ index: -1, text: '', offset: 0 }, ...p]));
    ctx.doc.extraSupport = freeText(ctx, 'extraSupport', s, withBlanks(supportParas));
    ctx.doc.limits = freeText(ctx, 'limits', s, withBlanks(limitParas));
  }
  if (limitsSection) ctx.doc.limits = freeText(ctx, 'limits', limitsSection, ctx.entries(limitsSection));
}
