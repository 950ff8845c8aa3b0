import { readFileSync } from 'node:fs';
import { validateSopDocument } from '@sop-atlas/sop-model';
import { parseBytesInProcess } from '../src/lib/parse-bytes';
async function main(): Promise<void> {
  const t0 = Date.now();
  const r = await parseBytesInProcess(new Uint8Array(readFileSync(process.argv[2] ?? '')), { maxPages: 60 });
  const { provenance, ...rest } = r.document;
  if (process.argv[3] === 'lines') console.log(r.sourceLines.map((l, i) => `${i + 1}|${l}|`).join('\n'));
  console.log(JSON.stringify(rest, null, 1));
  console.log(
    Date.now() - t0,
    'ms',
    Object.keys(provenance).length,
    JSON.stringify(provenance['partners[9].frequency']),
  );
  const v = validateSopDocument(r.document);
  console.log(v.ok ? 'valid' : JSON.stringify(v.errors));
}
void main();
