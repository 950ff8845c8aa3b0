import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { queryClient } from './graphql/query-client';
import { sharedStrings as t } from './components/strings.nl';
import { useDocumentTitle } from './utils/useDocumentTitle';

// Every route is its own chunk; the shell (layout, router) is all the entry carries.
const OverviewRoute = lazy(() => import('./routes/OverviewRoute'));
const SchoolsRoute = lazy(() => import('./routes/SchoolsRoute'));
const SchoolProfileRoute = lazy(() => import('./routes/SchoolProfileRoute'));
const CompareRoute = lazy(() => import('./routes/CompareRoute'));
const ShortlistRoute = lazy(() => import('./routes/ShortlistRoute'));
const AdminRoute = lazy(() => import('./routes/AdminRoute'));
const EditorRoute = lazy(() => import('./routes/EditorRoute'));
const NotFoundRoute = lazy(() => import('./routes/NotFoundRoute'));

function Titled({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  useDocumentTitle(title);
  return children;
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        index: true,
        element: (
          <Titled title={t.nav.overview}>
            <OverviewRoute />
          </Titled>
        ),
      },
      {
        path: 'scholen',
        element: (
          <Titled title={t.nav.schools}>
            <SchoolsRoute />
          </Titled>
        ),
      },
      // The profile sets its own title (the school's name).
      { path: 'scholen/:id', element: <SchoolProfileRoute /> },
      {
        path: 'vergelijken',
        element: (
          <Titled title={t.nav.compare}>
            <CompareRoute />
          </Titled>
        ),
      },
      // The shortlist sets its own title.
      { path: 'bewaard', element: <ShortlistRoute /> },
      {
        path: 'beheer/:section?',
        element: (
          <Titled title={t.nav.admin}>
            <AdminRoute />
          </Titled>
        ),
      },
      // The editor sets its own title (the school's name).
      { path: 'beheer/scholen/:id', element: <EditorRoute /> },
      {
        path: '*',
        element: (
          <Titled title={t.notFound.title}>
            <NotFoundRoute />
          </Titled>
        ),
      },
    ],
  },
]);

/** One data cache for the whole app (graphql/query-client.ts), above the router so every page shares it. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
