/**
 * Typed GraphQL documents from the API's committed schema file (offline: no running server).
 * `npm run codegen -w apps/dashboard` writes src/graphql/generated/; `check-generated` fails on drift.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_SCHEMA: generate against another copy, e.g. the committed one (`git show HEAD:apps/api/schema.gql`) while
// the API's working tree holds uncommitted schema changes.
const schema = process.env['CODEGEN_SCHEMA'] ?? path.resolve(__dirname, '../api/schema.gql');
if (!existsSync(schema)) {
  throw new Error(`codegen: ${schema} ontbreekt; de API schrijft dit bestand (schema-first voor de client)`);
}

const outDir = process.env['CODEGEN_OUT_DIR'] ?? 'src/graphql/generated/';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', ID: 'string', JSON: 'unknown' },
        skipTypename: true,
        documentMode: 'string',
      },
    },
  },
};

export default config;
