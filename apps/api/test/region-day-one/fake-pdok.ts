/**
 * A local HTTP server answering like PDOK Locatieserver v3.1 `free` (the recorded answer shape: `response.numFound`,
 * `docs[]` with `weergavenaam`, `postcode`, `gemeentecode`, `wijknaam`, `centroide_ll`), for addresses the test
 * registers. Tests cannot reach PDOK; the API talks to this server over real HTTP.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface PdokAddress {
  /** `2524CK` */
  postcode: string;
  houseNumber: string;
  street: string;
  place: string;
  gemeentecode: string;
  wijknaam: string | null;
  lat: number;
  lon: number;
}

export interface FakePdok {
  /** Base URL for PDOK_LOCATIESERVER_URL (ends with `/`). */
  url: string;
  queries: string[];
  close(): Promise<void>;
}

export async function startFakePdok(addresses: readonly PdokAddress[]): Promise<FakePdok> {
  const queries: string[] = [];
  const byKey = new Map(addresses.map((a) => [`${a.postcode}|${a.houseNumber}`, a]));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams.get('q') ?? '';
    queries.push(q);
    const reply = (body: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const pc = /(\d{4})\s?([A-Za-z]{2})/.exec(q);
    const house = /\s(\d+[a-zA-Z]?)\s*,/.exec(q);
    const found = pc && house ? byKey.get(`${pc[1]}${(pc[2] ?? '').toUpperCase()}|${house[1]}`) : undefined;
    if (found === undefined) return reply({ response: { numFound: 0, start: 0, maxScore: 0, docs: [] } });
    reply({
      response: {
        numFound: 1,
        start: 0,
        maxScore: 12.5,
        docs: [
          {
            id: `adr-${found.postcode}-${found.houseNumber}`,
            type: 'adres',
            weergavenaam: `${found.street} ${found.houseNumber}, ${found.postcode} ${found.place}`,
            postcode: found.postcode,
            gemeentecode: found.gemeentecode,
            ...(found.wijknaam === null ? {} : { wijknaam: found.wijknaam }),
            centroide_ll: `POINT(${found.lon} ${found.lat})`,
          },
        ],
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    queries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
