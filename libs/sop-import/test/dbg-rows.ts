import { readFileSync } from 'node:fs';
import { parseBytesInProcess } from '../src/lib/parse-bytes';
async function main(): Promise<void> {
  const r = await parseBytesInProcess(new Uint8Array(readFileSync(process.argv[2] ?? '')), { maxPages: 60 });
  const field = (process.argv[3] ?? 'facilities') as 'facilities';
  console.log(JSON.stringify(r.document[field].map((x) => [x.code, x.label, Object.values(x)[2]])));
}
void main();
