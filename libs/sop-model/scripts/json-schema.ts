/**
 * Writes the JSON Schema of the canonical SOP document (sop.schema.json), generated from the zod schema.
 * `--check` fails when the committed file differs from what the code generates (CI drift check).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sopDocumentSchema, SOP_SCHEMA_VERSION } from '../src/sop-document';

const target = join(__dirname, '..', 'sop.schema.json');

function generate(): string {
  const schema = z.toJSONSchema(sopDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const withMeta = {
    $id: `https://sop-atlas.sppoh.example/schemas/sop-document-v${SOP_SCHEMA_VERSION}.json`,
    title: 'Canoniek SOP-document (schoolondersteuningsprofiel)',
    description:
      'Uitwisselformaat van SOP Atlas, schemaVersion 1. Gegenereerd uit libs/sop-model/src/sop-document.ts; niet met de hand bewerken.',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

const generated = generate();
if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    process.stderr.write(
      'libs/sop-model/sop.schema.json is niet actueel: run `npx tsx libs/sop-model/scripts/json-schema.ts` en commit het resultaat.\n',
    );
    process.exit(1);
  }
  process.stderr.write('sop.schema.json is actueel.\n');
} else {
  writeFileSync(target, generated);
  process.stderr.write(`geschreven: ${target}\n`);
}
