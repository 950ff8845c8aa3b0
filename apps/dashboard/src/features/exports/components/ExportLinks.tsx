import { exportStrings as t } from '../strings.nl';
import type { ExportFormat } from '../utils/export-urls';

/** "Download CSV" / "Download Excel" for a table; `url` builds the export with the page's current parameters. */
export function ExportLinks({
  what,
  url,
}: {
  readonly what: string;
  readonly url: (format: ExportFormat) => string;
}) {
  return (
    <div className="export-links" role="group" aria-label={t.links(what)}>
      <a className="button button--secondary" href={url('csv')} download>
        {t.csv}
        <span className="visually-hidden">{t.suffix(what)}</span>
      </a>
      <a className="button button--secondary" href={url('xlsx')} download>
        {t.xlsx}
        <span className="visually-hidden">{t.suffix(what)}</span>
      </a>
    </div>
  );
}
