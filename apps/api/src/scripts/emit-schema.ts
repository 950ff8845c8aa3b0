import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '../graphql-resolvers';

/** The committed schema file (apps/api/schema.gql); same relative path from src/scripts and dist/scripts. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.gql');

/** Builds the GraphQL schema from the resolver classes alone (no database, no app), sorted. */
export async function emitSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  emitSchema()
    .then((sdl) => {
      fs.writeFileSync(SCHEMA_FILE, sdl);
      process.stderr.write(`Geschreven: ${SCHEMA_FILE}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
