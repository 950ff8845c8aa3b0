import { fmtEuro, fmtEuroCents, fmtInt, fmtShare } from './format-nl';
import { FONT, FONT_BOLD, reportFontFiles } from './report-fonts';
import { type BoxStats, KIND_TITLES, leftOutLines, type RegionReport, sourceText } from './report-model';

type Doc = PDFKit.PDFDocument;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments @types/pdfkit, which lacks an option pdfkit has
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      /** A table header cell's scope (pdfkit writes it as the `Table` attribute `Scope`). */
      scope?: 'Row' | 'Column' | 'Both';
    }
  }
}
type StructType = 'H1' | 'H2' | 'P' | 'L' | 'Div' | 'Figure';

/**
 * The tagged PDF's structure: one `Document` element per report; each heading, paragraph, figure and block is a
 * child of it, its content marked as that element's (pdfkit carries the marking across page breaks). Inside a
 * block, helpers draw unmarked-again (no nested markings); page headers and footers are artifacts.
 */
const roots = new WeakMap<Doc, { root: PDFKit.PDFStructureElement; open: boolean }>();

function structured(doc: Doc, type: StructType, draw: () => void, alt?: string): void {
  const state = roots.get(doc);
  if (!state || state.open) {
    draw();
    return;
  }
  state.open = true;
  try {
    state.root.add(
      doc.struct(type, alt ? { alt } : {}, () => {
        draw();
      }),
    );
  } finally {
    state.open = false;
  }
}

const MARGIN = 40;
const COLORS = {
  text: '#1f2933',
  muted: '#616e7c',
  grid: '#cbd2d9',
  accent: '#1d4e89',
  gap: '#c0392b',
  demo: '#b7791f',
  series: ['#1d4e89', '#2f855a', '#b7791f', '#805ad5'],
};

/** Cell colour for a share: white (0) to dark blue (1); a gap (0 of n schools) is red. */
function shade(share: number | null): string {
  if (share === null) return '#f5f7fa';
  if (share === 0) return '#f8d7d3';
  const t = Math.max(0, Math.min(1, share));
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * t);
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return `#${hex(mix(234, 29))}${hex(mix(242, 78))}${hex(mix(251, 137))}`;
}

/** A page break that carries the open structure marking over to the new page (`addPage` alone would not). */
function newPage(doc: Doc): void {
  doc.continueOnNewPage();
}

function ensure(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) newPage(doc);
}

function heading(doc: Doc, text: string): void {
  ensure(doc, 60);
  doc.moveDown(0.6);
  structured(doc, 'H2', () => {
    doc.font(FONT_BOLD).fontSize(13).fillColor(COLORS.accent).text(text, MARGIN);
  });
  doc.moveDown(0.3).font(FONT).fontSize(9).fillColor(COLORS.text);
}

function paragraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}): void {
  structured(doc, 'P', () => {
    doc
      .font(FONT)
      .fontSize(options.size ?? 9)
      .fillColor(options.color ?? COLORS.text)
      .text(text, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
  });
}

function headline(doc: Doc, report: RegionReport): void {
  const width = (doc.page.width - 2 * MARGIN) / 3;
  const top = doc.y + 4;
  report.headline.forEach((f, i) => {
    const x = MARGIN + (i % 3) * width;
    const y = top + Math.floor(i / 3) * 48;
    doc.rect(x + 2, y, width - 4, 42).fill('#eef2f7');
    doc
      .font(FONT_BOLD)
      .fontSize(16)
      .fillColor(COLORS.accent)
      .text(f.value, x + 8, y + 5, { width: width - 16 });
    doc
      .font(FONT)
      .fontSize(7.5)
      .fillColor(COLORS.muted)
      .text(f.label, x + 8, y + 26, { width: width - 16 });
  });
  doc.x = MARGIN;
  doc.y = top + Math.ceil(report.headline.length / 3) * 48 + 4;
}

/**
 * The coverage matrix as a real table of the structure tree (`Table` > `TR` > `TH`/`TD`): a screen reader reads it
 * cell by cell with its row and column headers. Labels wrap (no ellipsis: the printed row says what the tagged one
 * says); the header row repeated on a later page is an artifact, as page headers are.
 */
function matrix(doc: Doc, report: RegionReport): void {
  const state = roots.get(doc);
  if (!state || state.open) throw new Error('De dekkingstabel hoort direct onder de documentstructuur');
  const labelWidth = 150;
  const columns = [report.matrix.totalLabel, ...report.matrix.areas];
  const cellWidth = Math.min(36, (doc.page.width - 2 * MARGIN - labelWidth) / columns.length);
  const table = doc.struct('Table');
  state.root.add(table);
  const row = (cells: (tr: PDFKit.PDFStructureElement) => void): void => {
    const tr = doc.struct('TR');
    table.add(tr);
    cells(tr);
    tr.end();
  };
  const cell = (
    tr: PDFKit.PDFStructureElement,
    type: 'TH' | 'TD',
    draw: () => void,
    scope?: 'Row' | 'Column',
  ): void => {
    tr.add(doc.struct(type, scope ? { scope } : {}, draw));
  };

  const drawHeader = (tr: PDFKit.PDFStructureElement | null): void => {
    ensure(doc, 90 + 11 * 4);
    const y = doc.y + 70;
    const label = (): void => {
      doc
        .font(FONT_BOLD)
        .fontSize(7)
        .fillColor(COLORS.text)
        .text('Item', MARGIN, y - 4, { lineBreak: false });
    };
    const column = (name: string, i: number) => (): void => {
      const x = MARGIN + labelWidth + i * cellWidth + cellWidth / 2 + 3;
      doc.save().rotate(-60, { origin: [x, y] });
      doc
        .font(i === 0 ? FONT_BOLD : FONT)
        .fontSize(7)
        .fillColor(COLORS.text);
      doc.text(name, x, y - 4, { lineBreak: false });
      doc.restore();
    };
    if (tr) {
      cell(tr, 'TH', label, 'Column');
      columns.forEach((name, i) => cell(tr, 'TH', column(name, i), 'Column'));
    } else {
      doc.markContent('Artifact', { type: 'Pagination' });
      label();
      columns.forEach((name, i) => column(name, i)());
      doc.endMarkedContent();
    }
    doc.x = MARGIN;
    doc.y = y + 4;
  };
  const fits = (height: number): boolean => doc.y + height <= doc.page.height - MARGIN - 20;
  row((tr) => drawHeader(tr));

  let kind = '';
  for (const r of report.matrix.rows) {
    doc.font(FONT).fontSize(7);
    const rowHeight = Math.max(11, doc.heightOfString(r.label, { width: labelWidth - 4 }) + 3);
    if (r.kind !== kind) {
      kind = r.kind;
      if (!fits(rowHeight + 24)) {
        newPage(doc);
        drawHeader(null);
      }
      const title = KIND_TITLES[kind] ?? kind;
      row((tr) =>
        cell(
          tr,
          'TH',
          () => {
            doc
              .font(FONT_BOLD)
              .fontSize(7.5)
              .fillColor(COLORS.accent)
              .text(title, MARGIN, doc.y + 3);
          },
          'Row',
        ),
      );
    }
    if (!fits(rowHeight)) {
      newPage(doc);
      drawHeader(null);
    }
    const y = doc.y;
    row((tr) => {
      cell(
        tr,
        'TH',
        () => {
          doc
            .font(FONT)
            .fontSize(7)
            .fillColor(COLORS.text)
            .text(r.label, MARGIN, y + 2, { width: labelWidth - 4 });
        },
        'Row',
      );
      [r.region, ...r.cells].forEach((share, i) => {
        cell(tr, 'TD', () => {
          const x = MARGIN + labelWidth + i * cellWidth;
          doc.rect(x + 0.5, y + 0.5, cellWidth - 1, rowHeight - 1).fill(shade(share));
          doc
            .font(i === 0 ? FONT_BOLD : FONT)
            .fontSize(6.5)
            .fillColor(share !== null && share > 0.55 ? '#ffffff' : share === 0 ? COLORS.gap : COLORS.text)
            .text(fmtShare(share), x, y + (rowHeight - 6.5) / 2, {
              width: cellWidth,
              align: 'center',
              lineBreak: false,
            });
        });
      });
    });
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  }
  table.end();
  doc.moveDown(0.5);
  paragraph(doc, report.matrix.definition, { color: COLORS.muted, size: 7.5 });
}

/** Horizontal box plots (min, quartiles, median, max) on one euro axis: vector paths, no images. */
function boxPlots(doc: Doc, boxes: BoxStats[]): void {
  const known = boxes.filter((b) => b.min !== null && b.max !== null);
  if (known.length === 0) {
    paragraph(doc, 'Geen bedragen met leerlingaantallen bekend.');
    return;
  }
  const lo = Math.min(...known.map((b) => b.min ?? 0));
  const hi = Math.max(...known.map((b) => b.max ?? 0));
  const span = hi - lo || 1;
  const labelWidth = 90;
  const left = MARGIN + labelWidth;
  const width = doc.page.width - 2 * MARGIN - labelWidth - 10;
  const xOf = (v: number): number => left + ((v - lo) / span) * width;
  ensure(doc, known.length * 22 + 30);
  const top = doc.y + 4;
  known.forEach((b, i) => {
    const y = top + i * 22;
    const mid = y + 8;
    doc.font(FONT).fontSize(8).fillColor(COLORS.text);
    doc.text(`${b.group === 'all' ? 'Alle scholen' : b.group} (${b.schools})`, MARGIN, mid - 4, {
      width: labelWidth - 6,
    });
    doc.lineWidth(0.8).strokeColor(COLORS.muted);
    doc
      .moveTo(xOf(b.min ?? lo), mid)
      .lineTo(xOf(b.max ?? hi), mid)
      .stroke();
    doc
      .moveTo(xOf(b.min ?? lo), mid - 4)
      .lineTo(xOf(b.min ?? lo), mid + 4)
      .stroke();
    doc
      .moveTo(xOf(b.max ?? hi), mid - 4)
      .lineTo(xOf(b.max ?? hi), mid + 4)
      .stroke();
    const q1 = xOf(b.q1 ?? lo);
    const q3 = xOf(b.q3 ?? hi);
    doc.rect(q1, mid - 6, Math.max(q3 - q1, 1), 12).fillAndStroke('#d6e4f5', COLORS.accent);
    doc.lineWidth(1.6).strokeColor(COLORS.accent);
    doc
      .moveTo(xOf(b.median ?? lo), mid - 6)
      .lineTo(xOf(b.median ?? lo), mid + 6)
      .stroke();
  });
  const axisY = top + known.length * 22 + 2;
  doc
    .lineWidth(0.5)
    .strokeColor(COLORS.grid)
    .moveTo(left, axisY)
    .lineTo(left + width, axisY)
    .stroke();
  for (let i = 0; i <= 4; i++) {
    const v = lo + (span * i) / 4;
    doc
      .moveTo(xOf(v), axisY)
      .lineTo(xOf(v), axisY + 3)
      .stroke();
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(fmtEuro(v), xOf(v) - 25, axisY + 5, {
        width: 50,
        align: 'center',
      });
  }
  doc.x = MARGIN;
  doc.y = axisY + 18;
}

/** Horizontal bars of a share per label (0-100 %), with an optional marker for last year. */
function shareBars(doc: Doc, rows: { label: string; share: number | null; previous: number | null }[]): void {
  const labelWidth = 170;
  const width = doc.page.width - 2 * MARGIN - labelWidth - 40;
  ensure(doc, rows.length * 14 + 10);
  const top = doc.y + 2;
  rows.forEach((r, i) => {
    const y = top + i * 14;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(COLORS.text)
      .text(r.label, MARGIN, y + 2, { width: labelWidth - 6, lineBreak: false });
    doc.rect(MARGIN + labelWidth, y + 1, width, 10).fill('#eef2f7');
    if (r.share !== null && r.share > 0)
      doc.rect(MARGIN + labelWidth, y + 1, width * r.share, 10).fill(COLORS.accent);
    if (r.previous !== null) {
      const x = MARGIN + labelWidth + width * r.previous;
      doc
        .lineWidth(1.5)
        .strokeColor(COLORS.demo)
        .moveTo(x, y - 1)
        .lineTo(x, y + 13)
        .stroke();
    }
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(COLORS.text)
      .text(fmtShare(r.share), MARGIN + labelWidth + width + 4, y + 2, {
        lineBreak: false,
      });
  });
  doc.x = MARGIN;
  doc.y = top + rows.length * 14 + 4;
}

/** Line chart of shares per school year: axes, grid and one vector path per series, with a legend. */
function trendChart(doc: Doc, report: RegionReport): void {
  const years = report.trends.years;
  if (years.length === 0) {
    paragraph(doc, "Nog geen gepubliceerde SOP's.");
    return;
  }
  const height = 140;
  ensure(doc, height + 60);
  const left = MARGIN + 30;
  const top = doc.y + 6;
  const width = doc.page.width - 2 * MARGIN - 40;
  const xOf = (i: number): number =>
    left + (years.length === 1 ? width / 2 : (i / (years.length - 1)) * width);
  const yOf = (share: number): number => top + height - share * height;
  doc.lineWidth(0.5).strokeColor(COLORS.grid);
  for (let p = 0; p <= 4; p++) {
    const y = yOf(p / 4);
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke();
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(`${p * 25}%`, MARGIN, y - 3, { width: 26, align: 'right' });
  }
  years.forEach((y, i) => {
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(y.schoolYear, xOf(i) - 25, top + height + 4, {
        width: 50,
        align: 'center',
      });
  });
  report.trends.series.forEach((series, s) => {
    const color = COLORS.series[s % COLORS.series.length] ?? COLORS.accent;
    doc.lineWidth(1.5).strokeColor(color);
    let started = false;
    series.points.forEach((p, i) => {
      if (p.share === null) return;
      if (started) doc.lineTo(xOf(i), yOf(p.share));
      else doc.moveTo(xOf(i), yOf(p.share));
      started = true;
    });
    if (started) doc.stroke();
    series.points.forEach((p, i) => {
      if (p.share !== null) doc.circle(xOf(i), yOf(p.share), 2).fill(color);
    });
  });
  let legendY = top + height + 18;
  report.trends.series.forEach((series, s) => {
    const color = COLORS.series[s % COLORS.series.length] ?? COLORS.accent;
    doc.rect(left, legendY + 1, 10, 6).fill(color);
    doc
      .font(FONT)
      .fontSize(7.5)
      .fillColor(COLORS.text)
      .text(series.label, left + 14, legendY, { lineBreak: false });
    legendY += 10;
  });
  doc.x = MARGIN;
  doc.y = legendY + 4;
}

/** The region report as a PDF: text, tables and charts drawn as vector graphics; demo notice on every page. */
export async function renderRegionReportPdf(report: RegionReport): Promise<Buffer> {
  // loaded on first use: pdfkit costs ~0.2 s of CPU at every app start otherwise
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // a tagged PDF (structure tree, reading order, language) for screen readers and PDF/UA checkers
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${report.title} ${report.schoolYear}`,
      Author: 'SOP Atlas',
      Subject: 'Beleidsrapportage',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const files = reportFontFiles();
  doc.registerFont(FONT, files.regular);
  doc.registerFont(FONT_BOLD, files.bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  roots.set(doc, { root, open: false });

  structured(doc, 'H1', () => {
    doc
      .font(FONT_BOLD)
      .fontSize(20)
      .fillColor(COLORS.accent)
      .text(report.title, MARGIN, MARGIN + 10);
  });
  paragraph(
    doc,
    `Schooljaar ${report.schoolYear} · gemaakt op ${report.generatedAt} · bron: gepubliceerde SOP's`,
    {
      color: COLORS.muted,
    },
  );
  heading(doc, 'Kerncijfers');
  structured(doc, 'Div', () => headline(doc, report));

  heading(doc, 'Gaten in het aanbod');
  if (report.gaps.length === 0) paragraph(doc, 'Geen gaten gevonden: elk werkgebied heeft elk item.');
  for (const sentence of report.gaps) {
    ensure(doc, 14);
    paragraph(doc, `• ${sentence}`);
  }

  heading(doc, 'Dekking per werkgebied');
  matrix(doc, report);

  heading(doc, 'Basisondersteuning per leerling');
  const f = report.funding.overall;
  paragraph(
    doc,
    `${fmtInt(f.schools)} scholen met een bedrag en een leerlingaantal. Mediaan ${fmtEuroCents(f.median)} per leerling ` +
      `(kwartielen ${fmtEuroCents(f.q1)} – ${fmtEuroCents(f.q3)}, van ${fmtEuroCents(f.min)} tot ${fmtEuroCents(f.max)}).`,
  );
  const boxes = [f, ...report.funding.byKind];
  structured(
    doc,
    'Figure',
    () => boxPlots(doc, boxes),
    `Boxplots basisondersteuning per leerling: ${boxes
      .map((b) => `${b.group}, ${fmtInt(b.schools)} scholen, mediaan ${fmtEuroCents(b.median)}`)
      .join('; ')}.`,
  );
  if (report.funding.outliers.length > 0) {
    paragraph(doc, 'Uitschieters (buiten 1,5 × de kwartielafstand):');
    for (const o of report.funding.outliers)
      paragraph(doc, `• ${o.name}: ${fmtEuroCents(o.value)} per leerling`);
  }

  heading(doc, 'Ontwikkeling handelingsgericht werken');
  paragraph(
    doc,
    'Aandeel scholen dat het principe op orde heeft; het oranje streepje is het vorige schooljaar.',
    {
      color: COLORS.muted,
      size: 7.5,
    },
  );
  structured(
    doc,
    'Figure',
    () => shareBars(doc, report.hgw),
    `Staafdiagram handelingsgericht werken op orde: ${report.hgw
      .map((h) => `${h.label} ${fmtShare(h.share)} (vorig jaar ${fmtShare(h.previous)})`)
      .join('; ')}.`,
  );

  heading(doc, 'Datakwaliteit');
  paragraph(
    doc,
    `Zonder gepubliceerd SOP voor ${report.schoolYear}: ${fmtInt(report.health.missing.length)} scholen.`,
  );
  for (const s of report.health.missing)
    paragraph(doc, `• ${s.name}${s.werkgebied ? ` (${s.werkgebied})` : ''}`, { size: 8 });
  paragraph(
    doc,
    `Verouderd (laatste SOP ouder dan ${report.health.staleSopYears} jaar): ${fmtInt(report.health.stale.length)} scholen.`,
  );
  for (const s of report.health.stale)
    paragraph(doc, `• ${s.name}: laatste SOP ${s.lastYear ?? '–'}`, { size: 8 });

  heading(doc, 'Niet geplaatste scholen');
  for (const line of leftOutLines(report)) {
    ensure(doc, 10);
    paragraph(
      doc,
      line.startsWith('Zonder werkgebied:') || line.startsWith('Zonder coördinaten:') ? `• ${line}` : line,
      {
        size: 8,
      },
    );
  }

  heading(doc, 'Trend over de jaren');
  paragraph(doc, report.trends.years.map((y) => `${y.schoolYear}: ${fmtInt(y.sops)} SOP's`).join(' · '), {
    size: 8,
  });
  structured(
    doc,
    'Figure',
    () => trendChart(doc, report),
    `Lijndiagram trend over de jaren: ${report.trends.series
      .map(
        (series) =>
          `${series.label}: ${series.points.map((p) => `${p.schoolYear} ${fmtShare(p.share)}`).join(', ')}`,
      )
      .join('; ')}.`,
  );

  heading(doc, 'Bronnen');
  paragraph(doc, 'Elk cijfer komt uit het gepubliceerde SOP van de school voor dit schooljaar:', {
    color: COLORS.muted,
    size: 7.5,
  });
  for (const s of report.sources) {
    ensure(doc, 10);
    structured(doc, 'P', () => {
      doc
        .font(FONT_BOLD)
        .fontSize(7)
        .fillColor(COLORS.text)
        .text(`${s.schoolName}${s.werkgebied ? ` (${s.werkgebied})` : ''}: `, MARGIN, doc.y, {
          continued: true,
        });
      doc.font(FONT).text(sourceText(s), { width: doc.page.width - 2 * MARGIN });
    });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // the running header and footer repeat on every page: artifacts, not content
    doc.markContent('Artifact', { type: 'Pagination' });
    if (report.demoNotice) {
      doc
        .font(FONT_BOLD)
        .fontSize(8)
        .fillColor(COLORS.demo)
        .text(report.demoNotice, MARGIN, 18, {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        });
    }
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(
        `${report.title} · ${report.schoolYear} · pagina ${i + 1} van ${range.count}`,
        MARGIN,
        doc.page.height - 28,
        {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  root.end();
  doc.end();
  return done;
}
