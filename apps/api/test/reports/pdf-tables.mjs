// Prints the tables of a tagged PDF as a screen reader meets them: every `Table` of the structure tree, its `TR`s in
// order, each cell's role (TH/TD) and text, found through the marked content the structure element points at (not by
// position on the page), each table once however many pages it covers. JSON on stdout:
// [{ page, lastPage, rows: [[{ role, text }]] }]. pdfjs-dist legacy build, ESM (runs next to the CommonJS Jest specs).
// Usage: node pdf-tables.mjs <file.pdf>
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;

/** Text per marked-content id of one page (`p<page>R_mc<mcid>`), nested markings included in their parent's. */
async function markedText(page) {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map();
  const open = [];
  for (const item of content.items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.id ?? null);
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if ('str' in item) {
      for (const id of open)
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
  }
  return texts;
}

function textOf(node, texts) {
  if (node.type === 'content') return texts.get(node.id) ?? '';
  return (node.children ?? []).map((child) => textOf(child, texts)).join(' ');
}

// pdf.js gives, for each page, every table that has content on that page whole: all its rows, but only that page's
// cells with their content (the others empty). So the parts of one table are merged cell by cell: a table of the same
// shape on the next page whose filled cells are disjoint from it is its continuation.
const tables = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const page = await pdf.getPage(i);
  const tree = await page.getStructTree();
  if (!tree) continue;
  const texts = await markedText(page);
  const found = [];
  const visit = (node) => {
    if (node.role === 'Table') {
      found.push(
        (node.children ?? [])
          .filter((child) => child.role === 'TR')
          .map((tr) =>
            (tr.children ?? [])
              .filter((cell) => cell.role === 'TH' || cell.role === 'TD')
              .map((cell) => ({ role: cell.role, text: textOf(cell, texts).replace(/\s+/g, ' ').trim() })),
          ),
      );
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const rows of found) {
    const shape = rows.map((row) => row.map((cell) => cell.role).join('')).join('/');
    const previous = tables.find(
      (t) =>
        t.shape === shape &&
        t.lastPage === i - 1 &&
        rows.every((row, r) => row.every((cell, c) => cell.text === '' || t.rows[r][c].text === '')),
    );
    if (previous) {
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.text !== '') previous.rows[r][c].text = cell.text;
        }),
      );
      previous.lastPage = i;
    } else {
      tables.push({ page: i, lastPage: i, shape, rows });
    }
  }
}
process.stdout.write(JSON.stringify(tables.map(({ page, lastPage, rows }) => ({ page, lastPage, rows }))));
