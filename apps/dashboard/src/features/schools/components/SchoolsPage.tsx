import { ExportLinks } from '../../exports/components/ExportLinks';
import { exportStrings } from '../../exports/strings.nl';
import { schoolsExportUrl } from '../../exports/utils/export-urls';
import { errorArgument } from '../../../graphql/errors';
import { lazy, Suspense, useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toggleSelection } from '../../compare/utils/compare-matrix';
import { useFindSchoolsQuery } from '../hooks/useFindSchoolsQuery';
import { schoolsStrings as t } from '../strings.nl';
import { formatKm, type FoundRow, mapPoints } from '../utils/find';
import {
  filtersOnSopItems,
  filtersToSearchParams,
  type SearchFilters,
  searchParamsToFilters,
  toFilterInput,
  toNearInput,
  toSortInput,
} from '../utils/search-params';
import { readTileSource, TILE_SOURCE_IDS, type TileSourceId } from '../utils/tiles';
import { SchoolFilters } from './SchoolFilters';
import { SchoolsTable } from './SchoolsTable';
import { useShortlist } from '../../shortlist/hooks/useShortlist';
import { shortlistStrings } from '../../shortlist/strings.nl';

const SchoolsMap = lazy(() => import('./SchoolsMap'));

/** At most this many schools side by side on Vergelijken. */
export const MAX_COMPARED = 6;
const SELECT_PARAM = 'kies';
const TILES_PARAM = 'kaart';

/** Filters, the compare selection and the map background all live in the URL. */
function useSearchState() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => searchParamsToFilters(params), [params]);
  const selected = useMemo(() => params.getAll(SELECT_PARAM).slice(0, MAX_COMPARED), [params]);
  const tiles = readTileSource(params.get(TILES_PARAM));
  const write = (next: { filters?: SearchFilters; selected?: readonly string[]; tiles?: TileSourceId }) => {
    const search = filtersToSearchParams(next.filters ?? filters);
    for (const id of next.selected ?? selected) search.append(SELECT_PARAM, id);
    const nextTiles = next.tiles ?? tiles;
    if (nextTiles !== 'pdok') search.set(TILES_PARAM, nextTiles);
    setParams(search, { replace: true });
  };
  return { filters, selected, tiles, write };
}

/** One empty list, so the map's points are not recomputed on every render while loading. */
const NO_ROWS: readonly FoundRow[] = [];

export function SchoolsPage() {
  const { filters, selected, tiles, write } = useSearchState();
  const shortlist = useShortlist();
  const query = useFindSchoolsQuery(filters);
  const tilesId = useId();
  const rows = query.status === 'success' ? query.data.rows : NO_ROWS;
  const points = useMemo(() => mapPoints(rows, selected), [rows, selected]);
  // A postcode or address the geocoder does not know: said at its field (retrying cannot help).
  const nearError =
    query.status === 'error' && errorArgument(query.error)?.startsWith('near') ? query.error.message : null;
  const toggle = (id: string) => write({ selected: toggleSelection(selected, id, MAX_COMPARED) });
  const compareHref = `/vergelijken?${selected.map((id) => `school=${encodeURIComponent(id)}`).join('&')}`;

  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <SchoolFilters filters={filters} onChange={(next) => write({ filters: next })} nearError={nearError} />
      <div className="compare-bar" role="region" aria-label={t.compare.hint(MAX_COMPARED)}>
        <span>{t.compare.hint(MAX_COMPARED)}</span>
        {selected.length >= 2 ? (
          <Link className="button" to={compareHref}>
            {t.compare.button(selected.length)}
          </Link>
        ) : (
          <span className="button button--disabled" aria-disabled="true">
            {t.compare.button(selected.length)}
          </span>
        )}
        {selected.length > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => write({ selected: [] })}>
            {t.compare.clear}
          </button>
        ) : null}
        <Link className="shortlist-link" to="/bewaard">
          {shortlistStrings.link(shortlist.list.length)}
        </Link>
      </div>
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' && nearError === null ? (
        <ErrorState message={query.error.message} onRetry={query.refetch} />
      ) : null}
      {query.status === 'success' ? (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {t.count(query.data.totalCount)}
          </p>
          {rows.length > 0 ? (
            <ExportLinks
              what={exportStrings.what.schools}
              url={(format) =>
                schoolsExportUrl(format, {
                  filter: toFilterInput(filters),
                  near: toNearInput(filters.near, filters.radiusKm),
                  sort: toSortInput(filters),
                })
              }
            />
          ) : null}
          {rows.length === 0 ? (
            <EmptyState>{t.noMatch}</EmptyState>
          ) : (
            <div className="find-results">
              <SchoolsTable
                rows={rows}
                showDistance={filters.near !== ''}
                showMatched={filtersOnSopItems(filters)}
                selected={selected}
                canSelectMore={selected.length < MAX_COMPARED}
                onToggle={toggle}
                saved={shortlist.list}
                onSave={shortlist.toggle}
                near={filters.near}
                nearPoint={query.data.centre}
              />
              <figure className="chart-frame map-frame">
                <div className="chart-frame__header">
                  <h2 className="chart-frame__title">{t.map.title}</h2>
                  <div className="field">
                    <label htmlFor={tilesId}>{t.map.tiles}</label>
                    <select
                      id={tilesId}
                      value={tiles}
                      onChange={(e) => write({ tiles: readTileSource(e.target.value) })}
                    >
                      {TILE_SOURCE_IDS.map((id) => (
                        <option key={id} value={id}>
                          {t.map.tileOptions[id]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                {points.length === 0 ? (
                  <EmptyState>{t.map.noCoordinates}</EmptyState>
                ) : (
                  <div className="map-frame__plot">
                    <Suspense fallback={<LoadingState />}>
                      <SchoolsMap
                        points={points}
                        centre={query.data.centre}
                        tiles={tiles}
                        onSelect={toggle}
                      />
                    </Suspense>
                  </div>
                )}
                {query.data.centre?.approximate ? (
                  <p className="muted">{t.map.homeApproximate(formatKm(query.data.centre.radiusKm) ?? '')}</p>
                ) : null}
                {points.length > 0 && points.length < rows.length ? (
                  <p className="muted">{t.map.missing(rows.length - points.length)}</p>
                ) : null}
              </figure>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
