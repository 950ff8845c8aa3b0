/**
 * 2D Extra aanbod: offers with their period, the template's hints ("Denk aan: ...") kept apart, and longer prose
 * kept as a note.
 */
import { countSentences, countWords, collapse, fold, truncate } from '../text-utils';
import { EXTRA_OFFER_HINTS } from '../template-texts';
import { type Entry, type ParseContext } from './context';
import { boundedText, joinText } from './free-text';
import { type Section } from './sections';

const TEMPLATE_HINT_SET = new Set(EXTRA_OFFER_HINTS.map((h) => fold(h)));

const PERIOD_WORDS =
  /vakantie|\b(?:herfst|najaar|voorjaar|winter|zomer|periode|schooljaar|jaarlijks|wekelijks|maandelijks|doorlopend|week|weken|maand|maanden|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|blok|vanaf|gedurende|trimester|semester)\b/i;

/** A run of non-blank lines (a DOCX row is always its own block), with its offer and period texts. */
interface Block {
  lines: number[];
  offer: string[];
  period: string[];
  /** The layout gave the block's cells. */
  cells: boolean;
}

function isNote(t: string): boolean {
  return countSentences(t) >= 2 || countWords(t) > 18;
}

function isPeriod(t: string): boolean {
  return PERIOD_WORDS.test(t) && countWords(t) <= 15 && countSentences(t) <= 1;
}

export function parseOffers(ctx: ParseContext): void {
  const s = ctx.section('offers');
  if (!s) return;
  const { headerLine, body } = ctx.tableBody(
    ctx.entries(s),
    (e) => /^aanbod\s+periode\b/.test(fold(e.text)),
    s.start,
  );
  const offers = new OfferCollector(ctx, s);
  for (const b of readBlocks(ctx, headerLine, body)) offers.read(b, b.lines[0] ?? headerLine);
  offers.finish();
}

function readBlocks(ctx: ParseContext, headerLine: number, body: readonly Entry[]): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  for (const e of body) {
    if (collapse(e.text) === '') {
      block = null;
      continue;
    }
    const cells = ctx.layout.cellsOf('offers', headerLine, e.index);
    if (!block || ctx.layout.rowStart(e.index) === true) {
      block = { lines: [], offer: [], period: [], cells: cells !== null };
      blocks.push(block);
    }
    block.lines.push(e.index);
    if (cells) {
      const [offer = '', period = ''] = cells;
      for (const part of offer.split('\n')) if (collapse(part)) block.offer.push(collapse(part));
      for (const part of period.split('\n')) if (collapse(part)) block.period.push(collapse(part));
    } else block.offer.push(collapse(e.text));
  }
  return blocks;
}

/** Turns blocks into hints, offers (with periods) and the note, in document order. */
class OfferCollector {
  /** Inside the template's hints: blocks of template examples are hints too. */
  private hinting = false;
  private readonly noteParts: { text: string; line: number }[] = [];

  constructor(
    private readonly ctx: ParseContext,
    private readonly s: Section,
  ) {}

  read(b: Block, firstLine: number): void {
    // Template hints: "Denk aan: ..." and the template's own examples after it.
    const offerLines = [...b.offer];
    const denk = offerLines.findIndex((t) => /^denk aan\s*:?/i.test(t));
    if (denk >= 0) {
      this.hinting = true;
      offerLines.forEach((t, k) => {
        if (k < denk) return;
        this.addHint(
          k === denk ? t.replace(/^denk aan\s*:?\s*/i, '') : t,
          b.lines[Math.min(k, b.lines.length - 1)] ?? firstLine,
        );
      });
      offerLines.splice(0, offerLines.length);
      if (b.period.length === 0) return;
    }
    const allHints = offerLines.length > 0 && offerLines.every((t) => TEMPLATE_HINT_SET.has(fold(t)));
    if (this.hinting && allHints && (!b.cells || b.period.length === 0)) {
      offerLines.forEach((t, k) => this.addHint(t, b.lines[k] ?? firstLine));
      return;
    }
    this.hinting = false;
    const offerText = joinText(offerLines);
    const periodText = joinText(b.period);
    if (b.cells) this.readCells(b, firstLine, offerText, periodText);
    else this.readText(b, firstLine, offerText);
  }

  /** A DOCX row: offer and period cells; a period alone belongs to the offer before it (or is a note). */
  private readCells(b: Block, firstLine: number, offerText: string, periodText: string): void {
    const { doc } = this.ctx;
    if (offerText !== '') {
      this.addOffer(
        offerText,
        firstLine,
        periodText === '' ? null : periodText,
        periodText === '' ? null : (b.lines[0] ?? null),
      );
    } else if (periodText !== '') {
      const last = doc.extraOffers[doc.extraOffers.length - 1];
      if (last && last.period === null && !isNote(periodText)) {
        last.period = boundedText(periodText);
        this.ctx.prov(`extraOffers[${doc.extraOffers.length - 1}].period`, this.s, firstLine, 0, periodText);
      } else this.noteParts.push({ text: periodText, line: firstLine });
    }
  }

  /** A block of text: prose is a note, a period line completes the offer before it, anything else is an offer. */
  private readText(b: Block, firstLine: number, offerText: string): void {
    if (offerText === '') return;
    const offers = this.ctx.doc.extraOffers;
    const i = offers.length - 1;
    const last = offers[i];
    if (isNote(offerText)) this.noteParts.push({ text: offerText, line: firstLine });
    else if (isPeriod(offerText) && last !== undefined && last.period === null) {
      last.period = boundedText(offerText);
      this.ctx.prov(
        `extraOffers[${i}].period`,
        this.s,
        firstLine,
        Math.max(0, this.ctx.line(firstLine).search(/\S/)),
        offerText,
        b.lines[b.lines.length - 1],
      );
    } else this.addOffer(offerText, firstLine, null, null);
  }

  /** Stores the note (all note parts) with the provenance of its first part. */
  finish(): void {
    const first = this.noteParts[0];
    if (!first) return;
    this.ctx.doc.extraOfferNote = boundedText(this.noteParts.map((n) => n.text).join('\n'));
    this.ctx.prov(
      'extraOfferNote',
      this.s,
      first.line,
      Math.max(0, this.ctx.line(first.line).search(/\S/)),
      first.text,
    );
  }

  private addHint(text: string, line: number): void {
    const t = collapse(text);
    if (t === '') return;
    const hints = this.ctx.doc.extraOfferHints;
    const raw = this.ctx.line(line);
    this.ctx.prov(
      `extraOfferHints[${hints.length}]`,
      this.s,
      line,
      Math.max(0, raw.indexOf(t)),
      this.ctx.lines[line] ?? t,
    );
    hints.push(truncate(t, 1000));
  }

  private addOffer(offer: string, line: number, period: string | null, periodLine: number | null): void {
    const { doc } = this.ctx;
    const i = doc.extraOffers.length;
    doc.extraOffers.push({
      offer: truncate(offer, 5000),
      period: period === null ? null : boundedText(period),
    });
    this.ctx.prov(
      `extraOffers[${i}].offer`,
      this.s,
      line,
      Math.max(0, this.ctx.line(line).indexOf(offer.slice(0, 15))),
      offer,
    );
    if (period !== null && periodLine !== null) {
      this.ctx.prov(
        `extraOffers[${i}].period`,
        this.s,
        periodLine,
        Math.max(0, this.ctx.line(periodLine).indexOf(period.slice(0, 15))),
        period,
      );
    }
  }
}
