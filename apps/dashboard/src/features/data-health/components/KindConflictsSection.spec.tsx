/**
 * @jest-environment jsdom
 */
// "Soort school onzeker" as staff see it: the real component, hooks and GraphQL client; `fetch` is a fake API
// and the router's Link a plain link.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { operationName, queryClient } from '../../../graphql/query-client';
import { KindConflictsSection } from './KindConflictsSection';

// react-router needs TextEncoder, which jsdom lacks; the link to the school is all this list uses of it.
jest.mock('react-router-dom', () => ({
  Link: ({ to, children }: { readonly to: string; readonly children: ReactNode }) => (
    <a href={to}>{children}</a>
  ),
}));

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const CONFLICT = {
  schoolId: 's1',
  name: 'De Duinen',
  vestigingscode: '99KA00',
  kind: 'SO',
  kindSource: 'duo',
  openedAt: '2026-12-05T09:00:00.000Z',
  candidates: [
    {
      kind: 'SBO',
      source: 'duo',
      fileName: 'leerlingen-2023.csv',
      fileKind: 'pupils',
      referenceDate: '2023-10-01',
      importedAt: '2026-12-04T09:00:00.000Z',
    },
    {
      kind: 'SO',
      source: 'duo',
      fileName: 'leerlingen-2024.csv',
      fileKind: 'pupils',
      referenceDate: '2024-10-01',
      importedAt: '2026-12-05T09:00:00.000Z',
    },
  ],
};

let resolved = false;
const sent: { name: string; variables: unknown }[] = [];
const fakeFetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
    query?: string;
    variables?: unknown;
  };
  const name = operationName(body.query ?? '') ?? '?';
  sent.push({ name, variables: body.variables });
  const data =
    name === 'SetSchoolKind'
      ? ((resolved = true), { setSchoolKind: { id: 's1', kind: 'SBO' } })
      : { schoolKindConflicts: resolved ? [] : [CONFLICT] };
  return Promise.resolve({
    ok: true,
    status: 200,
    json: () => Promise.resolve({ data }),
  } as unknown as Response);
};

let client: QueryClient;
let container: HTMLDivElement;
let root: Root;
const realFetch = globalThis.fetch;

beforeEach(() => {
  globalThis.fetch = fakeFetch;
  // the app's cache, as main.tsx provides it: the one a mutation invalidates (graphql/mutate.ts)
  client = queryClient;
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

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

it('lists the school with each source in users’ words, and the choice resolves it', async () => {
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <KindConflictsSection />
      </QueryClientProvider>,
    );
    await Promise.resolve();
  });
  await settle();

  expect(container.querySelector('h2')?.textContent).toBe('Soort school onzeker');
  expect(container.querySelector('caption')?.textContent).toBe('Scholen met twijfel over de soort (1)');
  const cells = [...container.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent);
  expect(cells.slice(0, 2)).toEqual(['De Duinen (99KA00)', 'Speciaal onderwijs (volgens DUO)']);
  expect([...container.querySelectorAll('tbody li')].map((li) => li.textContent)).toEqual([
    'Speciaal basisonderwijs — leerlingen-2023.csv (leerlingenbestand, peildatum 1 oktober 2023)',
    'Speciaal onderwijs — leerlingen-2024.csv (leerlingenbestand, peildatum 1 oktober 2024)',
  ]);
  const select = container.querySelector('select') as HTMLSelectElement;
  expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
    ['SBO', 'Speciaal basisonderwijs'],
    ['SO', 'Speciaal onderwijs'],
    ['BAO', 'Basisschool'],
  ]);
  expect(select.value).toBe('SO');

  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    setValue?.call(select, 'SBO');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
  });
  await act(async () => {
    (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await Promise.resolve();
  });
  await settle();

  expect(sent.filter((s) => s.name === 'SetSchoolKind')).toEqual([
    { name: 'SetSchoolKind', variables: { schoolId: 's1', kind: 'SBO' } },
  ]);
  expect(container.querySelector('[role="status"]')?.textContent).toBe(
    'De Duinen is bijgewerkt en vastgelegd in het logboek.',
  );
  expect(container.textContent).toContain('Geen twijfel over de soort school');
});
