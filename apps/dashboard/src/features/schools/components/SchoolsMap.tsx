/**
 * Leaflet map of the found schools (its own chunk, loaded lazily). Markers are circle markers drawn as SVG, so they
 * show on a plain background when the tiles cannot load (offline) or when no background is chosen; when the tiles
 * fail, a notice says so instead of leaving a grey box. With a searched address: a home marker and the radius ring.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { colorValue } from '../../../components/charts/palette';
import { schoolsStrings as t } from '../strings.nl';
import { circleBounds, formatKm, type MapPoint, type SearchCentre } from '../utils/find';
import { nextTileStatus, TILE_SOURCES, type TileSourceId, type TileStatus } from '../utils/tiles';

const REGION_CENTRE: L.LatLngTuple = [52.07, 4.31];

function schoolTooltip(point: MapPoint): HTMLElement {
  const box = document.createElement('span');
  box.textContent = point.name;
  if (point.approximate) {
    const note = document.createElement('em');
    note.className = 'map-approximate';
    note.textContent = ` (${t.map.approximate})`;
    box.append(note);
  }
  if (point.locationNote !== null) {
    const source = document.createElement('span');
    source.textContent = point.locationNote;
    box.append(document.createElement('br'), source);
  }
  return box;
}

export default function SchoolsMap({
  points,
  centre,
  tiles,
  onSelect,
}: {
  readonly points: readonly MapPoint[];
  readonly centre: SearchCentre | null;
  readonly tiles: TileSourceId;
  readonly onSelect: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: L.Map; markers: L.LayerGroup } | null>(null);
  const fittedTo = useRef('');
  const select = useRef(onSelect);
  select.current = onSelect;
  const [tileStatus, setTileStatus] = useState<TileStatus>('waiting');

  // The map and its background: built once per tile source (no animations, so removal never races a zoom).
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const map = L.map(element, {
      center: REGION_CENTRE,
      zoom: 11,
      minZoom: 8,
      maxZoom: 18,
      zoomControl: false,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    L.control.zoom({ zoomInTitle: t.map.zoomIn, zoomOutTitle: t.map.zoomOut }).addTo(map);
    map.attributionControl.setPrefix(false);
    setTileStatus('waiting');
    const source = TILE_SOURCES[tiles];
    if (source.url !== null)
      L.tileLayer(source.url, { minZoom: 6, maxZoom: 19, attribution: source.attribution })
        .on('tileload', () => setTileStatus((s) => nextTileStatus(s, 'tileload')))
        .on('tileerror', () => setTileStatus((s) => nextTileStatus(s, 'tileerror')))
        .addTo(map);
    const markers = L.layerGroup().addTo(map);
    mapRef.current = { map, markers };
    fittedTo.current = '';
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, [tiles]);

  // The markers: redrawn when the results or the selection change; the view fits only when the results change.
  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    current.markers.clearLayers();
    if (centre !== null) {
      const home: L.LatLngTuple = [centre.latitude, centre.longitude];
      L.circle(home, {
        radius: centre.radiusKm * 1000,
        color: colorValue('orange'),
        weight: 2,
        dashArray: '6 4',
        fill: false,
        interactive: false,
        className: 'map-radius',
      }).addTo(current.markers);
      L.marker(home, {
        icon: L.divIcon({ className: 'map-home', html: '', iconSize: [18, 18] }),
        keyboard: false,
        zIndexOffset: 1000,
      })
        .bindTooltip(`${t.map.home(centre.label)}${centre.approximate ? ` (${t.map.approximate})` : ''}`)
        .addTo(current.markers);
    }
    for (const point of points) {
      const colour = colorValue(point.selected ? 'orange' : point.isDemo ? 'blue' : 'green');
      L.circleMarker([point.latitude, point.longitude], {
        radius: point.selected ? 9 : 6,
        color: colour,
        weight: 2,
        // An estimated location is drawn with a dashed outline (and says so in its tooltip).
        dashArray: point.approximate ? '3 3' : undefined,
        fillColor: colour,
        fillOpacity: point.approximate ? 0.25 : 0.6,
      })
        .bindTooltip(schoolTooltip(point))
        .on('click', () => select.current(point.id))
        .addTo(current.markers);
    }
    const key = `${centre ? `${centre.latitude},${centre.longitude},${centre.radiusKm}` : ''}|${points
      .map((p) => p.id)
      .join(',')}`;
    if (key !== fittedTo.current && (points.length > 0 || centre !== null)) {
      // With a searched address the ring decides the view (all of the radius in sight), else the schools.
      current.map.fitBounds(
        centre !== null ? circleBounds(centre) : points.map((p): L.LatLngTuple => [p.latitude, p.longitude]),
        { padding: [24, 24], maxZoom: 15, animate: false },
      );
      fittedTo.current = key;
    }
  }, [points, centre, tiles]);

  return (
    <div className="map-stack">
      <div ref={container} className="map map--schools" role="region" aria-label={t.map.region} />
      {tileStatus === 'failed' ? (
        <p className="map-notice" role="status">
          {t.map.tilesFailed}
        </p>
      ) : null}
      {centre !== null ? (
        <p className="visually-hidden">
          {t.map.home(centre.label)}; {t.map.ring(formatKm(centre.radiusKm) ?? '')}
        </p>
      ) : null}
    </div>
  );
}
