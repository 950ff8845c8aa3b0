import { fmtEuroCents, fmtInt, fmtShare } from './format-nl';
import { KIND_TITLES, leftOutLines, type RegionReport, sourceText } from './report-model';

const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number): number => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** hsl(212 60% l%) as sRGB. */
function blue(light: number): [number, number, number] {
  const l = light / 100;
  const c = (1 - Math.abs(2 * l - 1)) * 0.6;
  const h = 212 / 60;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  // 212° lies between 180° and 240°: (0, x, c)
  return [Math.round(m * 255), Math.round((x + m) * 255), Math.round((c + m) * 255)];
}

const TEXT = '#1f2933';
const TEXT_LUMINANCE = luminance([0x1f, 0x29, 0x33]);

/**
 * A share cell: light to dark blue, in two bands (up to half: light with dark text; above: dark with white text)
 * so the text keeps WCAG AA contrast (≥ 4.5:1) on every shade; a gap (0) is light red with dark red text.
 */
function cellStyle(share: number | null): string {
  if (share === null) return 'background:#f5f7fa';
  if (share === 0) return 'background:#f8d7d3;color:#8f2a1e';
  const light = share <= 0.5 ? Math.round(95 - share * 60) : Math.round(42 - (share - 0.5) * 24);
  const bg = luminance(blue(light));
  const text = contrast(bg, TEXT_LUMINANCE) >= contrast(bg, 1) ? TEXT : '#fff';
  return `background:hsl(212 60% ${light}%);color:${text}`;
}

const PRINT_CSS = `
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1f2933; margin: 0 auto; max-width: 60rem; padding: 1rem; }
  h1 { color: #1d4e89; font-size: 20pt; margin: 0 0 .2rem; }
  h2 { color: #1d4e89; font-size: 13pt; margin: 1.4rem 0 .4rem; break-after: avoid; }
  .muted { color: #616e7c; }
  .demo { background: #fdf3e1; color: #8a5a13; border: 1px solid #e3c08a; padding: .3rem .6rem; font-weight: 600; }
  .figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: .5rem; }
  .figure { background: #eef2f7; padding: .5rem .7rem; }
  .figure b { display: block; font-size: 16pt; color: #1d4e89; }
  table { border-collapse: collapse; width: 100%; font-size: 8pt; }
  th, td { border: 1px solid #fff; padding: 2px 4px; text-align: left; }
  td.num { text-align: center; }
  thead th { background: #1d4e89; color: #fff; }
  tr { break-inside: avoid; }
  th.kind { background: #dde6f1; color: #1d4e89; }
  @media print {
    body { max-width: none; padding: 0; }
    .demo { position: fixed; top: -12mm; left: 0; right: 0; text-align: center; }
    a { color: inherit; text-decoration: none; }
  }`;

/** The region report as simple server-rendered HTML with print CSS (the same model as the PDF). */
export function renderRegionReportHtml(report: RegionReport): string {
  const f = report.funding.overall;
  const matrixRows: string[] = [];
  let kind = '';
  for (const row of report.matrix.rows) {
    if (row.kind !== kind) {
      kind = row.kind;
      matrixRows.push(
        `<tr><th class="kind" colspan="${report.matrix.areas.length + 2}">${esc(KIND_TITLES[kind] ?? kind)}</th></tr>`,
      );
    }
    matrixRows.push(
      `<tr><td>${esc(row.label)}</td>${[row.region, ...row.cells]
        .map((s) => `<td class="num" style="${cellStyle(s)}">${fmtShare(s)}</td>`)
        .join('')}</tr>`,
    );
  }
  const list = (items: string[]): string =>
    items.length === 0
      ? '<p class="muted">Geen.</p>'
      : `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)} ${esc(report.schoolYear)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${report.demoNotice ? `<p class="demo" role="note">${esc(report.demoNotice)}</p>` : ''}
<h1>${esc(report.title)}</h1>
<p class="muted">Schooljaar ${esc(report.schoolYear)} · gemaakt op ${esc(report.generatedAt)} · bron: gepubliceerde SOP's</p>
<h2>Kerncijfers</h2>
<div class="figures">${report.headline
    .map((fig) => `<div class="figure"><b>${esc(fig.value)}</b>${esc(fig.label)}</div>`)
    .join('')}</div>
<h2>Gaten in het aanbod</h2>
${list(report.gaps)}
<h2>Dekking per werkgebied</h2>
<table>
<thead><tr><th>Item</th><th>${esc(report.matrix.totalLabel)}</th>${report.matrix.areas.map((a) => `<th>${esc(a)}</th>`).join('')}</tr></thead>
<tbody>${matrixRows.join('\n')}</tbody>
</table>
<p class="muted">${esc(report.matrix.definition)}</p>
<h2>Basisondersteuning per leerling</h2>
<p>${fmtInt(f.schools)} scholen met een bedrag en een leerlingaantal. Mediaan ${esc(fmtEuroCents(f.median))} per leerling
(kwartielen ${esc(fmtEuroCents(f.q1))} – ${esc(fmtEuroCents(f.q3))}, van ${esc(fmtEuroCents(f.min))} tot ${esc(fmtEuroCents(f.max))}).</p>
<table><thead><tr><th>Groep</th><th>Scholen</th><th>Minimum</th><th>Mediaan</th><th>Maximum</th></tr></thead><tbody>
${report.funding.byKind
  .map(
    (k) =>
      `<tr><td>${esc(k.group)}</td><td class="num">${fmtInt(k.schools)}</td><td class="num">${esc(fmtEuroCents(k.min))}</td>` +
      `<td class="num">${esc(fmtEuroCents(k.median))}</td><td class="num">${esc(fmtEuroCents(k.max))}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<p>Uitschieters:</p>
${list(report.funding.outliers.map((o) => `${o.name}: ${fmtEuroCents(o.value)} per leerling`))}
<h2>Ontwikkeling handelingsgericht werken</h2>
<table><thead><tr><th>Principe</th><th>Op orde</th><th>Vorig jaar</th></tr></thead><tbody>
${report.hgw
  .map(
    (h) =>
      `<tr><td>${esc(h.label)}</td><td class="num" style="${cellStyle(h.share)}">${fmtShare(h.share)}</td>` +
      `<td class="num">${fmtShare(h.previous)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<h2>Datakwaliteit</h2>
<p>Zonder gepubliceerd SOP voor ${esc(report.schoolYear)}: ${fmtInt(report.health.missing.length)} scholen.</p>
${list(report.health.missing.map((s) => s.name))}
<p>Verouderd (laatste SOP ouder dan ${report.health.staleSopYears} jaar): ${fmtInt(report.health.stale.length)} scholen.</p>
${list(report.health.stale.map((s) => `${s.name}: laatste SOP ${s.lastYear ?? '–'}`))}
<h2>Niet geplaatste scholen</h2>
${list(leftOutLines(report))}
<h2>Trend over de jaren</h2>
<table><thead><tr><th>Schooljaar</th><th>SOP's</th>${report.trends.series.map((s) => `<th>${esc(s.label)}</th>`).join('')}</tr></thead><tbody>
${report.trends.years
  .map(
    (y) =>
      `<tr><td>${esc(y.schoolYear)}</td><td class="num">${fmtInt(y.sops)}</td>${report.trends.series
        .map(
          (s) =>
            `<td class="num">${fmtShare(s.points.find((p) => p.schoolYear === y.schoolYear)?.share ?? null)}</td>`,
        )
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>
<h2>Bronnen</h2>
${list(report.sources.map((s) => `${s.schoolName}: ${sourceText(s)}`))}
</body>
</html>
`;
}
