import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { Kind, type OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import { CSRF_HEADER, sessionTokenOf } from '../common/auth/identity';
import { requestLog } from '../observability/request-log';
import { DataVersionService } from './data-version.service';

/**
 * Public queries whose answers depend only on versioned tables (see the DataVersion migration), so that (data
 * version, operation, variables, visibility) determines the answer. `schools` with a `near` place also depends on the
 * geocoder (outside data) and is left out.
 */
export const VERSIONED_QUERY_FIELDS: ReadonlySet<string> = new Set([
  'regionOverview',
  'compareSchools',
  'schools',
  'school',
  'sop',
  'werkgebieden',
  'fundingParameters',
]);

/** Headers that satisfy Apollo's CSRF prevention for a GET (ours first; the dashboard sends it). */
export const GET_PREFLIGHT_HEADERS = [CSRF_HEADER, 'x-apollo-operation-name', 'apollo-require-preflight'];

/** Browsers keep the answer and ask every time whether it is still current (a 304 when it is). */
export const VERSIONED_CACHE_CONTROL = 'no-cache';
/** A signed-in caller's answer depends on who is asking: the cookie or the bearer credential. */
export const VERSIONED_VARY = 'Cookie, Authorization';

const RESPONSE_ENTRIES = 512;
const PARSED_ENTRIES = 256;
/** Answers above this are served, not kept (a national list of every school's fields is not worth the memory). */
const MAX_KEPT_BYTES = 2_000_000;
/** Kept answers from this size are also kept gzipped (the `compression` middleware's own threshold is 1 kB). */
const GZIP_FROM_BYTES = 1024;

/** A kept answer: its JSON and, once a client that accepts gzip asked for it, the same compressed once. */
interface KeptAnswer {
  body: string;
  gzip: Buffer | null;
}

interface ParsedQuery {
  /** The operation's label for logs and metrics (its name, else `query field,field`). */
  label: string;
  cacheable: boolean;
  /**
   * Variables that carry a `schools(near:)` place: the answer depends on the geocoder (outside the data), so a
   * request that gives one a value is not cached. The dashboard's search always passes `near: $near`, null without
   * an address: those requests are cached like any other.
   */
  nearVariables: string[];
}

/**
 * The operation a request runs, read by graphql's parser: the named one, or the document's only one. Null for text
 * that does not parse, an unknown name, or several operations without a name.
 */
export function operationOf(query: string, operationName: string | null): OperationDefinitionNode | null {
  let document;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName === null) return operations.length === 1 ? (operations[0] ?? null) : null;
  return operations.find((o) => o.name?.value === operationName) ?? null;
}

function parseQuery(query: string, operationName: string | null): ParsedQuery {
  const operation = operationOf(query, operationName);
  if (operation === null || operation.operation !== OperationTypeNode.QUERY)
    return { label: '', cacheable: false, nearVariables: [] };
  let cacheable = true;
  const fields: string[] = [];
  const nearVariables: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    // fragments at the root are rare in practice: not worth resolving here, the query is just not cached
    if (selection.kind !== Kind.FIELD) {
      cacheable = false;
      fields.push('…');
      continue;
    }
    const name = selection.name.value;
    fields.push(name);
    if (name === '__typename') continue;
    if (!VERSIONED_QUERY_FIELDS.has(name)) cacheable = false;
    const near = name === 'schools' ? selection.arguments?.find((a) => a.name.value === 'near') : undefined;
    if (near !== undefined) {
      if (near.value.kind === Kind.VARIABLE) nearVariables.push(near.value.name.value);
      else if (near.value.kind !== Kind.NULL) cacheable = false;
    }
  }
  return { label: operation.name?.value ?? `query ${fields.join(',')}`, cacheable, nearVariables };
}

/** Variables as JSON with sorted keys, so the same variables give the same key; null when not JSON. */
function canonicalVariables(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sorted(value));
}

/** The request's variables as an object (`{}` when absent); null when they are not a JSON object. */
function parseVariables(raw: string | null): Record<string, unknown> | null {
  if (raw === null || raw === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/**
 * The answers kept for the current data version (one store per process: Nest makes its own instance of a class
 * middleware, so the store is a provider of its own that tests can reach).
 */
@Injectable()
export class KeptAnswers {
  readonly answers = new LRUCache<string, KeptAnswer>({ max: RESPONSE_ENTRIES });
  version = -1n;
  /** How often a kept answer was gzipped (once per answer, not per request). */
  compressions = 0;
  /** The answers being computed now, per ETag: a second request for one waits for it. */
  readonly inFlight = new Map<string, Promise<void>>();
  /** Requests answered from another request's computation (tests, metrics). */
  coalesced = 0;

  /** Forgets every answer of an older data version. */
  moveTo(version: bigint): void {
    if (version > this.version) {
      this.answers.clear();
      this.version = version;
    }
  }
}

/**
 * HTTP caching of public GraphQL queries sent as GET (the dashboard's reads): an ETag derived from (data version,
 * operation, variables, visibility), `If-None-Match` answered with 304 without executing, and the JSON of answers
 * kept per ETag (and gzipped once for clients that accept it), so a repeated query costs the one data-version
 * statement and no compression. Only for anonymous callers of queries
 * in VERSIONED_QUERY_FIELDS: a signed-in caller's answer depends on a session that can end, so it is executed
 * (the aggregate cache still serves its figures). A Nest middleware: after the request log, before Apollo.
 */
@Injectable()
export class GraphqlEtag implements NestMiddleware {
  private readonly parsed = new LRUCache<string, ParsedQuery>({ max: PARSED_ENTRIES });

  constructor(
    private readonly versions: DataVersionService,
    private readonly kept: KeptAnswers,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET') {
      next();
      return;
    }
    this.handle(req, res).then(
      (handled) => {
        if (!handled) next();
      },
      // the database is down: Apollo answers (503 with Retry-After, see the log plugin)
      () => next(),
    );
  }

  /** True when the answer was sent here (304 or a kept answer). */
  private async handle(req: Request, res: Response): Promise<boolean> {
    const params = new URL(req.originalUrl, 'http://localhost').searchParams;
    const query = params.get('query');
    if (query === null || query === '') return false;
    // Apollo refuses a GET without one of these headers (CSRF): leave the refusal to it.
    if (!GET_PREFLIGHT_HEADERS.some((h) => (req.headers[h] ?? '') !== '')) return false;
    if (sessionTokenOf(req) !== null || (req.headers.authorization ?? '') !== '') {
      // a signed-in caller's answer: executed every time (Apollo marks it `no-store`)
      res.setHeader('Vary', VERSIONED_VARY);
      return false;
    }
    const operationName = params.get('operationName') || null;
    const parsedKey = `${operationName ?? ''}\n${query}`;
    let parsed = this.parsed.get(parsedKey);
    if (parsed === undefined) {
      parsed = parseQuery(query, operationName);
      this.parsed.set(parsedKey, parsed);
    }
    if (!parsed.cacheable) return false;
    const given = parseVariables(params.get('variables'));
    if (given === null) return false;
    // a place to search around: the answer depends on the geocoder, not only on the data
    if (parsed.nearVariables.some((name) => given[name] !== undefined && given[name] !== null)) return false;
    const variables = canonicalVariables(given);

    const version = await this.versions.current(req);
    const etag = `W/"${createHash('sha256')
      .update(`${version}\nanonymous\n${operationName ?? ''}\n${query}\n${variables}`)
      .digest('base64url')
      .slice(0, 32)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', VERSIONED_CACHE_CONTROL);
    res.setHeader('Vary', VERSIONED_VARY);
    this.kept.moveTo(version);

    if (matches(req.headers['if-none-match'], etag)) {
      requestLog(req).operation = parsed.label;
      res.status(304).end();
      return true;
    }
    const kept = this.kept.answers.get(etag);
    if (kept !== undefined) {
      this.sendKept(req, res, kept, parsed.label);
      return true;
    }
    // The same question already being answered (many visitors opening the same page after a change): wait for that
    // answer instead of computing it once more per visitor.
    const running = this.kept.inFlight.get(etag);
    if (running !== undefined) {
      await running;
      const answered = this.kept.answers.get(etag);
      if (answered !== undefined) {
        this.kept.coalesced += 1;
        this.sendKept(req, res, answered, parsed.label);
        return true;
      }
      // not kept (an error, too large, a newer version): this request is executed itself
    } else {
      this.markInFlight(res, etag);
    }
    this.keepAnswer(res, etag, version);
    return false;
  }

  /** Until this response is done (sent or its connection closed), requests with its ETag wait for its answer. */
  private markInFlight(res: Response, etag: string): void {
    let done: () => void = () => undefined;
    const answer = new Promise<void>((resolve) => (done = resolve));
    this.kept.inFlight.set(etag, answer);
    const finished = (): void => {
      if (this.kept.inFlight.get(etag) === answer) this.kept.inFlight.delete(etag);
      done();
    };
    res.once('finish', finished);
    res.once('close', finished);
  }

  private sendKept(req: Request, res: Response, kept: KeptAnswer, label: string): void {
    requestLog(req).operation = label;
    res.status(200).type('application/json; charset=utf-8');
    if (kept.body.length >= GZIP_FROM_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      // compressed once per kept answer, not per request (the compression middleware leaves an encoded body)
      if (kept.gzip === null) {
        kept.gzip = gzipSync(kept.body);
        this.kept.compressions += 1;
      }
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', `${VERSIONED_VARY}, Accept-Encoding`);
      res.send(kept.gzip);
    } else {
      res.send(kept.body);
    }
  }

  /** Keeps the JSON Apollo sends for this ETag when it is a plain success (no errors, no cookie). */
  private keepAnswer(res: Response, etag: string, version: bigint): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
      if (!res.headersSent) {
        // Apollo's own cache-control (from its cache hints) would otherwise replace ours
        res.setHeader('Cache-Control', VERSIONED_CACHE_CONTROL);
        res.setHeader('ETag', etag);
      }
      if (
        body !== null &&
        res.statusCode === 200 &&
        body.length <= MAX_KEPT_BYTES &&
        body.startsWith('{') &&
        !body.includes('"errors":') &&
        res.getHeader('Set-Cookie') === undefined &&
        version === this.kept.version
      ) {
        this.kept.answers.set(etag, { body, gzip: null });
      }
      return end(...args);
    }) as Response['end'];
  }
}
