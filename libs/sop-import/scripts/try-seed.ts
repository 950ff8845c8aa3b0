import { readFileSync } from 'node:fs';
import { validateSopDocument } from '@sop-atlas/sop-model';
import { parseSopText } from '../src/lib/parse-text';
const doc = parseSopText(readFileSync('/work/shared/sop/jeroen-2023-2024.txt', 'utf8'));
const { provenance, ...rest } = doc;
console.log(JSON.stringify(rest, null, 1));
console.log(
  Object.keys(provenance).length,
  JSON.stringify(provenance['partners[9].frequency']),
  JSON.stringify(provenance['partners[5].frequency']),
);
const v = validateSopDocument(doc);
console.log(v.ok ? 'valid' : JSON.stringify(v.errors));
