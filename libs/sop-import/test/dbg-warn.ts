import { readFileSync } from 'node:fs';
import { parseBytesInProcess } from '../src/lib/parse-bytes';
async function main() {
  for (const f of process.argv.slice(2)) {
    const r = await parseBytesInProcess(new Uint8Array(readFileSync(f)), { maxPages: 60 });
    for (const w of r.document.warnings)
      if (w.code !== 'unknown-row') console.log(f.split('/').pop(), w.path, w.code, w.message);
  }
}
void main();
