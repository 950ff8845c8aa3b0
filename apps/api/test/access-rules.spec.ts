import fs from 'node:fs';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { ACCESS_RULE } from '../src/common/auth/access-rule.decorator';
import { SCHEMA_FILE } from '../src/scripts/emit-schema';
import { startTestApp, type TestApp } from './test-app';

/** @nestjs/graphql marks query/mutation/subscription handlers with this metadata key. */
const RESOLVER_TYPE = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

describe('every query and mutation has an explicit access rule', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('walks every resolver method of the running app', () => {
    const discovery = new DiscoveryService(app.server.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = app.server.app.get(Reflector);
    const operations: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const kind = reflector.get<string | undefined>(RESOLVER_TYPE, handler);
        if (!kind || !ROOT_TYPES.has(kind)) continue;
        const label = `${kind}.${name} (${wrapper.name})`;
        operations.push(label);
        const rule: unknown = reflector.getAllAndOverride(ACCESS_RULE, [handler, wrapper.metatype]);
        if (rule === undefined) missing.push(label);
      }
    }
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const rootFields = ['Query', 'Mutation', 'Subscription'].flatMap((name) => {
      const type = schema.getType(name);
      return type && isObjectType(type) ? Object.keys(type.getFields()) : [];
    });
    expect(operations.length).toBe(rootFields.length);
    expect(missing).toEqual([]);
  });

  it('walks every controller route (uploads, documents, exports …) of the running app', () => {
    const discovery = new DiscoveryService(app.server.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = app.server.app.get(Reflector);
    const routes: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        if (reflector.get<unknown>(PATH_METADATA, handler) === undefined) continue;
        const label = `${wrapper.name}.${name}`;
        routes.push(label);
        const rule: unknown = reflector.getAllAndOverride(ACCESS_RULE, [handler, wrapper.metatype]);
        if (rule === undefined) missing.push(label);
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(2);
    expect(missing).toEqual([]);
  });

  it('runs with exactly the committed schema.gql', () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
