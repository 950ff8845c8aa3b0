// Prints the text of every page of a PDF as a JSON array of strings (pdfjs-dist legacy build; ESM, so it runs in a
// child process next to the CommonJS Jest specs). Usage: node pdf-text.mjs <file.pdf>
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const page = await pdf.getPage(i);
  const content = await page.getTextContent();
  pages.push(
    content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
  );
}
process.stdout.write(JSON.stringify(pages));
