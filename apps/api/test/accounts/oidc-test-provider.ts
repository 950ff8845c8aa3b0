import http from 'node:http';
import { type AddressInfo } from 'node:net';

/**
 * A real OpenID Connect provider (`oidc-provider`, the certified Node implementation) in this process, with one
 * confidential client and test people. Its login/consent screens are replaced by `nextInteraction`: the test says
 * who signs in (or that the person cancels), the provider does everything else for real (authorization code,
 * PKCE, signed id token, nonce, `iss` in the callback).
 */

/** The slice of oidc-provider's API these tests use (the package ships no types). */
interface InteractionDetails {
  uid: string;
  prompt: { name: string };
  params: Record<string, unknown>;
  session?: { accountId?: string };
}
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: Record<string, unknown>,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (options: { accountId: string; clientId: string }) => Grant;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

export interface TestPerson {
  /** `sub` at this provider. */
  id: string;
  /** Extra id token claims: email, preferred_username, oid, … */
  claims: Record<string, unknown>;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the next login screen does: sign in as this person, or refuse (`access_denied`). */
  nextInteraction: { signInAs: string } | { deny: true };
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: {
  redirectUri: string;
  people: TestPerson[];
}): Promise<TestOidcProvider> {
  // A variable specifier: oidc-provider is ESM only and untyped; Jest loads it with --experimental-vm-modules.
  const specifier = 'oidc-provider';
  // Its start-up notices (Node 20 is not its preferred runtime, in-memory storage, generated keys) are expected.
  const warn = console.warn;
  console.warn = () => undefined;
  let Provider: ProviderClass;
  try {
    ({ default: Provider } = (await import(specifier)) as { default: ProviderClass });
  } finally {
    console.warn = warn;
  }
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'sop-atlas-test';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  const people = new Map(options.people.map((p) => [p.id, p]));
  console.warn = () => undefined;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx: unknown, id: string) => {
      const person = people.get(id);
      return person && { accountId: id, claims: () => ({ sub: id, ...person.claims }) };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username', 'oid'],
    },
    // Like Entra: the scope's claims in the id token itself.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Grant: 600,
      Interaction: 600,
      Session: 600,
    },
  });
  console.warn = warn;
  const state: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    nextInteraction: { deny: true },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const handle = provider.callback();
  const interact = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const details = await provider.interactionDetails(req, res);
    const next = state.nextInteraction;
    if ('deny' in next) {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Aanmelden geannuleerd' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const accountId = details.session?.accountId ?? next.signInAs;
    const grant = new provider.Grant({ accountId, clientId: String(details.params['client_id']) });
    grant.addOIDCScope(String(details.params['scope']));
    const result = { login: { accountId }, consent: { grantId: await grant.save() } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handle(req, res);
  });
  return state;
}

/** A free TCP port on 127.0.0.1 (the API must know its callback URL before it starts). */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A browser's cookie jar and redirect handling, by hand: cookies per host (as browsers do: ports share them). */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /** One GET without following redirects; stores the response's cookies. */
  async get(url: string): Promise<Response> {
    const target = new URL(url);
    const cookies = this.jar.get(target.hostname) ?? new Map<string, string>();
    const header = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, {
      redirect: 'manual',
      headers: header === '' ? {} : { cookie: header },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', raw = ''] = a.split('=');
        return key.trim().toLowerCase() === 'expires' && new Date(raw.trim()).getTime() <= Date.now();
      });
      if (value === '' || expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(target.hostname, cookies);
    return response;
  }

  /**
   * Follows redirects from `url` (each hop may be rewritten first, e.g. to tamper with it) and returns the response
   * of the first hop `until` picks, or of the first that is no redirect.
   */
  async follow(
    url: string,
    until: (hop: URL) => boolean,
    rewrite: (hop: URL) => URL = (hop) => hop,
  ): Promise<{ url: URL; response: Response }> {
    let current = new URL(url);
    for (let hops = 0; hops < 20; hops++) {
      current = rewrite(current);
      const response = await this.get(current.href);
      const location = response.headers.get('location');
      if (until(current) || location === null || response.status < 300 || response.status >= 400) {
        return { url: current, response };
      }
      current = new URL(location, current);
    }
    throw new Error(`te veel redirects vanaf ${url}`);
  }
}
