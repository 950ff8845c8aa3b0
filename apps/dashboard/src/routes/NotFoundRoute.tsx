import { Link } from 'react-router-dom';
import { sharedStrings as t } from '../components/strings.nl';

export default function NotFoundRoute() {
  return (
    <section className="page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/">{t.nav.overview}</Link>
      </p>
    </section>
  );
}
