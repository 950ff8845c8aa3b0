import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { AppConfig } from '../../src/config/app-config';
import { GeocoderUnavailableError } from '../../src/geocoding/geocoder';
import { GeocodingService } from '../../src/geocoding/geocoding.service';
import { LocalGeocoder } from '../../src/geocoding/local-geocoder';
import { PdokGeocoder } from '../../src/geocoding/pdok-geocoder';
import { WerkgebiedTableService } from '../../src/geocoding/werkgebied-table.service';
import { startTestApp, type TestApp } from '../test-app';

/** Replies in the documented shape of PDOK Locatieserver v3.1 `free`. */
const ADDRESS_DOC = {
  id: 'adr-fictief-1',
  type: 'adres',
  weergavenaam: "Laan van Meerdervoort 1, 2517AA 's-Gravenhage",
  straatnaam: 'Laan van Meerdervoort',
  huisnummer: 1,
  postcode: '2517AA',
  woonplaatsnaam: "'s-Gravenhage",
  gemeentecode: '0518',
  gemeentenaam: "'s-Gravenhage",
  wijknaam: 'Wijk 28 Zeeheldenkwartier',
  centroide_ll: 'POINT(4.29767 52.08097)',
};
const POSTCODE_DOC = {
  id: 'pcd-fictief-1',
  type: 'postcode',
  weergavenaam: "Laan van Meerdervoort, 2517AA 's-Gravenhage",
  postcode: '2517AA',
  gemeentecode: '0518',
  wijknaam: 'Wijk 28 Zeeheldenkwartier',
  centroide_ll: 'POINT(4.2981 52.0812)',
};

interface FakePdok {
  url: string;
  requests: URL[];
  failFor: Set<string>;
  close(): Promise<void>;
}

async function startFakePdok(): Promise<FakePdok> {
  const requests: URL[] = [];
  const failFor = new Set<string>();
  const reply = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url);
    const q = url.searchParams.get('q') ?? '';
    if (!url.pathname.endsWith('/free')) return reply(res, 404, { error: 'onbekend endpoint' });
    if (q === 'kapot' || failFor.has(q)) return reply(res, 500, { error: 'Internal Server Error' });
    if (q === 'traag') {
      setTimeout(() => reply(res, 200, { response: { numFound: 0, start: 0, docs: [] } }), 2000);
      return;
    }
    if (q === 'Laan van Meerdervoort 1')
      return reply(res, 200, { response: { numFound: 1, start: 0, docs: [ADDRESS_DOC] } });
    if (q === '2517 AA')
      return reply(res, 200, { response: { numFound: 3, start: 0, docs: [POSTCODE_DOC] } });
    return reply(res, 200, { response: { numFound: 0, start: 0, maxScore: 0, docs: [] } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1/`,
    requests,
    failFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('geocoding', () => {
  let pdok: FakePdok;
  let app: TestApp;
  let geocoding: GeocodingService;

  beforeAll(async () => {
    pdok = await startFakePdok();
    app = await startTestApp({ seed: true, env: { GEOCODER: 'pdok', PDOK_LOCATIESERVER_URL: pdok.url } });
    geocoding = app.server.app.get(GeocodingService);
  });
  afterAll(async () => {
    await app.close();
    await pdok.close();
  });

  describe('PdokGeocoder', () => {
    const geocoder = (): PdokGeocoder => new PdokGeocoder(pdok.url, 500);

    it('asks the free endpoint for an address with fq, fl (centroide_ll) and rows=1, and reads POINT(lon lat)', async () => {
      pdok.requests.length = 0;
      const result = await geocoder().geocode('Laan van Meerdervoort 1');
      expect(result).toEqual({
        latitude: 52.08097,
        longitude: 4.29767,
        label: "Laan van Meerdervoort 1, 2517AA 's-Gravenhage",
        postcode: '2517AA',
        gemeenteCode: '0518',
        wijk: 'Wijk 28 Zeeheldenkwartier',
        provider: 'pdok',
      });
      const request = pdok.requests[0];
      expect(request?.pathname).toBe('/bzk/locatieserver/search/v3_1/free');
      expect(request?.searchParams.get('fq')).toBe('type:adres');
      expect(request?.searchParams.get('fl')).toContain('centroide_ll');
      expect(request?.searchParams.get('rows')).toBe('1');
    });

    it('uses type:postcode for a postcode, null for numFound 0, and throws "unavailable" on 500 and timeouts', async () => {
      pdok.requests.length = 0;
      expect(await geocoder().geocode('2517 AA')).toMatchObject({ latitude: 52.0812, longitude: 4.2981 });
      expect(pdok.requests[0]?.searchParams.get('fq')).toBe('type:postcode');
      expect(await geocoder().geocode('Nergensstraat 999')).toBeNull();
      await expect(geocoder().geocode('kapot')).rejects.toThrow(GeocoderUnavailableError);
      await expect(geocoder().geocode('traag')).rejects.toThrow('geen antwoord binnen 500 ms');
      await expect(new PdokGeocoder('http://127.0.0.1:1/', 500).geocode('x')).rejects.toThrow(
        GeocoderUnavailableError,
      );
    });
  });

  describe('GeocodingService', () => {
    it('caches answers (also "not found") in geocode_cache: the second call does not ask PDOK', async () => {
      pdok.requests.length = 0;
      const first = await geocoding.geocode('Laan van Meerdervoort 1');
      const second = await geocoding.geocode('  laan van   meerdervoort 1 ');
      expect(second).toEqual(first);
      expect(await geocoding.geocode('Nergensstraat 999')).toBeNull();
      expect(await geocoding.geocode('Nergensstraat 999')).toBeNull();
      expect(pdok.requests).toHaveLength(2);
      const rows = await app.dataSource.query<
        { query: string; latitude: number | null; wijk: string | null }[]
      >(`SELECT query, latitude, wijk FROM geocode_cache ORDER BY query`);
      expect(rows).toEqual([
        { query: 'laan van meerdervoort 1', latitude: 52.08097, wijk: 'Wijk 28 Zeeheldenkwartier' },
        { query: 'nergensstraat 999', latitude: null, wijk: null },
      ]);
    });

    it('falls back to the local geocoder when PDOK fails, without caching that answer', async () => {
      const [school] = await app.dataSource.query<{ postcode: string; lat: number; lon: number }[]>(
        `SELECT postcode, latitude AS lat, longitude AS lon FROM school s
         WHERE is_demo AND (SELECT count(*) FROM school t WHERE t.postcode = s.postcode) = 1
         ORDER BY name LIMIT 1`,
      );
      pdok.failFor.add(school?.postcode ?? '');
      const result = await geocoding.geocode(school?.postcode ?? '');
      expect(result).toMatchObject({ provider: 'local', latitude: school?.lat, longitude: school?.lon });
      const cached = await app.dataSource.query<unknown[]>(`SELECT 1 FROM geocode_cache WHERE query = $1`, [
        (school?.postcode ?? '').toLowerCase(),
      ]);
      expect(cached).toHaveLength(0);
    });
  });

  describe('GeocodingService with PDOK unreachable', () => {
    it('after one time-out, answers from the local geocoder at once instead of waiting for PDOK again', async () => {
      // accepts the connection and never answers: each request to it waits for the time-out
      const asked: string[] = [];
      const silent = createServer((req) => void asked.push(req.url ?? ''));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = silent.address() as AddressInfo;
        const config = AppConfig.fromEnv({
          NODE_ENV: 'production',
          GEOCODER: 'pdok',
          GEOCODER_TIMEOUT_MS: '300',
          PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1/`,
        });
        const service = new GeocodingService(
          app.dataSource,
          config,
          app.server.app.get(WerkgebiedTableService),
        );
        const [a, b] = await app.dataSource.query<{ postcode: string }[]>(
          `SELECT DISTINCT postcode FROM school WHERE is_demo AND postcode IS NOT NULL ORDER BY postcode LIMIT 2`,
        );
        expect(await service.geocode(a?.postcode ?? '')).toMatchObject({ provider: 'local' });
        expect(asked).toHaveLength(1);
        // PDOK gave no answer: the next searches do not ask it (and do not wait 300 ms each)
        expect(await service.geocode(b?.postcode ?? '')).toMatchObject({ provider: 'local' });
        expect(await service.geocodeAddress('Prinsegracht 1, Den Haag')).toBe('unavailable');
        expect(asked).toHaveLength(1);
      } finally {
        silent.closeAllConnections();
        await new Promise<void>((resolve) => silent.close(() => resolve()));
      }
    });
  });

  describe('LocalGeocoder', () => {
    const local = (): LocalGeocoder =>
      new LocalGeocoder(app.dataSource, new WerkgebiedTableService(AppConfig.fromEnv({ NODE_ENV: 'test' })));

    it('PC6 of known schools → their centroid; PC4 → centroid of its schools; else the werkgebied centre; else null', async () => {
      const [pc4] = await app.dataSource.query<{ pc4: string; lat: number; lon: number; n: number }[]>(
        `SELECT left(postcode, 4) AS pc4, avg(latitude)::float8 AS lat, avg(longitude)::float8 AS lon,
                count(*)::int AS n
         FROM school WHERE latitude IS NOT NULL GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1`,
      );
      const byPc4 = await local().geocode(pc4?.pc4 ?? '');
      expect(byPc4?.latitude).toBeCloseTo(pc4?.lat ?? 0, 5);
      expect(byPc4?.longitude).toBeCloseTo(pc4?.lon ?? 0, 5);
      expect(byPc4?.label).toContain(`${pc4?.n ?? 0} scholen`);

      // A Leidschenveen-Ypenburg PC4 (safe in the table) where no school lies: the werkgebied centre.
      const [empty] = await app.dataSource.query<{ pc4: string }[]>(
        `SELECT g::text AS pc4 FROM generate_series(2491, 2498) g
         WHERE NOT EXISTS (SELECT 1 FROM school WHERE left(postcode, 4) = g::text) LIMIT 1`,
      );
      if (empty !== undefined) {
        expect(await local().geocode(`${empty.pc4} ZZ`)).toMatchObject({
          latitude: 52.053,
          longitude: 4.394,
          provider: 'local',
        });
      }
      expect(await local().geocode('1012 AB')).toBeNull();
      expect(await local().geocode('Laan van Meerdervoort 1')).toBeNull();
    });
  });
});
