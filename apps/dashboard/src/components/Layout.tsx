import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { AccountMenu } from '../features/account/components/AccountMenu';
import { SessionProvider } from '../features/account/hooks/useSession';
import { DemoNotice, LoadingState } from './states';
import { sharedStrings as t } from './strings.nl';

const NAV = [
  { to: '/', label: t.nav.overview, end: true },
  { to: '/scholen', label: t.nav.schools, end: false },
  { to: '/vergelijken', label: t.nav.compare, end: false },
  { to: '/beheer', label: t.nav.admin, end: false },
] as const;

export function Layout() {
  return (
    <SessionProvider>
      <div className="shell">
        <a className="skip-link" href="#inhoud">
          {t.skipToContent}
        </a>
        <header className="topbar">
          <div className="brand">
            <span className="brand__name">{t.appName}</span>
            <span className="brand__tagline">{t.appTagline}</span>
          </div>
          <nav aria-label={t.navLabel}>
            <ul className="nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
        </header>
        <DemoNotice />
        <main id="inhoud" className="main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="footer">{t.footer}</footer>
      </div>
    </SessionProvider>
  );
}
