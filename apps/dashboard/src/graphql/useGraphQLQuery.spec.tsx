/**
 * @jest-environment jsdom
 */
// The data layer as components use it: the real feature hooks, the real TanStack Query client of the app
// (createQueryClient) and the real GraphQL client; only the network (`fetch`) is a fake server here.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { SessionProvider, useSession, type Session } from '../features/account/hooks/useSession';
import { useFundingParametersQuery } from '../features/admin/hooks/useFundingParametersQuery';
import { useSchoolProfileQuery } from '../features/school/hooks/useSchoolProfileQuery';
import { SetSchoolWerkgebiedMutation } from '../features/school/graphql/werkgebied.graphql';
import { mutate } from './mutate';
import { createQueryClient, operationName } from './query-client';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** A fake API: answers per operation name, counts the requests, and can hold answers until released. */
class FakeServer {
  readonly calls: string[] = [];
  signedIn = false;
  profileName = 'De Regenboog';
  held: (() => void)[] = [];
  hold = false;

  readonly fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(
      typeof input === 'string' ? input : 'href' in input ? input.href : input.url,
      'http://localhost',
    );
    const text =
      url.searchParams.get('query') ??
      (JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { query?: string }).query ??
      '';
    const name = operationName(text) ?? '?';
    this.calls.push(name);
    const data = this.answer(name);
    const response = {
      ok: true,
      status: 200,
      json: () => Promise.resolve({ data }),
    } as unknown as Response;
    if (!this.hold) return Promise.resolve(response);
    return new Promise((resolve) => this.held.push(() => resolve(response)));
  };

  count(name: string): number {
    return this.calls.filter((call) => call === name).length;
  }

  release(): void {
    const held = this.held;
    this.held = [];
    for (const go of held) go();
  }

  private answer(name: string): unknown {
    switch (name) {
      case 'SchoolProfile':
        // What the API shows depends on who asks: staff also see the draft.
        return {
          school: { id: '1', name: this.signedIn ? `${this.profileName} (concept)` : this.profileName },
        };
      case 'FundingParameters':
        return { fundingParameters: [] };
      case 'SetSchoolWerkgebied':
        this.profileName = 'De Regenboog (Rijswijk)';
        return { setSchoolWerkgebied: { id: '1', werkgebied: 'rijswijk' } };
      case 'Me':
        return {
          me: this.signedIn ? { id: 'u1', email: 'staf@example.nl', roles: ['staff'], schoolIds: [] } : null,
        };
      case 'Logout':
        this.signedIn = false;
        return { logout: true };
      default:
        return null;
    }
  }
}

function Profile({ id }: { readonly id: string }) {
  const result = useSchoolProfileQuery(id);
  if (result.status === 'loading') return <p>laden</p>;
  if (result.status === 'error') return <p>fout: {result.error.message}</p>;
  return <p>{result.data.school.name}</p>;
}

function Funding() {
  const result = useFundingParametersQuery();
  return <p>{result.status === 'success' ? `formules: ${result.data.length}` : result.status}</p>;
}

let server: FakeServer;
let client: QueryClient;
let container: HTMLDivElement;
let root: Root;
const realFetch = globalThis.fetch;

beforeEach(() => {
  server = new FakeServer();
  globalThis.fetch = server.fetch;
  client = createQueryClient();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  client.clear();
  globalThis.fetch = realFetch;
});

async function show(ui: ReactNode): Promise<void> {
  await act(async () => {
    root.render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
    await Promise.resolve();
  });
}

/** Lets every pending answer arrive and React render it. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

const texts = (): string[] => [...container.querySelectorAll('p')].map((p) => p.textContent ?? '');

it('sends one request when two components ask the same query at the same time', async () => {
  await show(
    <>
      <Profile id="1" />
      <Profile id="1" />
    </>,
  );
  await settle();

  expect(texts()).toEqual(['De Regenboog', 'De Regenboog']);
  expect(server.count('SchoolProfile')).toBe(1);
});

it('shows a page you return to at once, and refreshes a stale answer in the background', async () => {
  await show(<Profile id="1" />);
  await settle();
  expect(texts()).toEqual(['De Regenboog']);

  // Away and back within the stale time: the answer shows at once, nothing is asked again.
  await show(<Funding />);
  await settle();
  await show(<Profile id="1" />);
  expect(texts()).toEqual(['De Regenboog']);
  await settle();
  expect(server.count('SchoolProfile')).toBe(1);

  // Away, the data changes (a write marks the answer stale), back: the old answer shows at once (no "laden") while
  // the new one is asked in the background, then the new one replaces it.
  await show(<Funding />);
  await settle();
  await mutate(SetSchoolWerkgebiedMutation, { schoolId: '1', werkgebied: 'rijswijk' }, { client });
  server.hold = true;
  await show(<Profile id="1" />);
  expect(texts()).toEqual(['De Regenboog']);
  expect(server.count('SchoolProfile')).toBe(2);
  server.hold = false;
  server.release();
  await settle();
  expect(texts()).toEqual(['De Regenboog (Rijswijk)']);
});

it('makes a mutation reload exactly the queries whose data it changes', async () => {
  await show(
    <>
      <Profile id="1" />
      <Funding />
    </>,
  );
  await settle();
  expect(texts()).toEqual(['De Regenboog', 'formules: 0']);

  await act(async () => {
    await mutate(SetSchoolWerkgebiedMutation, { schoolId: '1', werkgebied: 'rijswijk' }, { client });
  });
  await settle();

  expect(texts()).toEqual(['De Regenboog (Rijswijk)', 'formules: 0']);
  expect(server.count('SchoolProfile')).toBe(2);
  // The werkgebied of a school does not change the funding formula: not asked again.
  expect(server.count('FundingParameters')).toBe(1);
});

it('drops a staff answer at logout: a visitor never sees it, on screen or from the cache', async () => {
  server.signedIn = true;
  const captured: { session: Session | null } = { session: null };
  function Capture() {
    captured.session = useSession();
    return null;
  }
  await show(
    <SessionProvider>
      <Capture />
      <Profile id="1" />
    </SessionProvider>,
  );
  await settle();
  expect(texts()).toEqual(['De Regenboog (concept)']);

  server.hold = true;
  await act(async () => {
    const logout = captured.session?.logout() ?? Promise.reject(new Error('geen sessie'));
    server.release(); // the logout's answer
    await logout;
  });
  // TanStack Query tells React of the reset cache in a task of its own (notifyManager: setTimeout 0): let it run.
  // The visitor's request is still held, so nothing but that notification can happen here.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  // Between the logout and the visitor's answer: loading, not the staff answer.
  expect(texts()).toEqual(['laden']);
  expect(client.getQueryData(['school-profile:1'])).toBeUndefined();
  server.hold = false;
  server.release();
  await settle();
  expect(texts()).toEqual(['De Regenboog']);
});
