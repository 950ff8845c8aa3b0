/**
 * Leaflet map of the found schools (its own chunk, loaded lazily). Markers are circle markers drawn as SVG, so they
 * show on a plain background when the tiles cannot load (offline) or when no background is chosen.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { colorValue } from '../../../components/charts/palette';
import { schoolsStrings as t } from '../strings.nl';
import type { MapPoint } from '../utils/find';
import { TILE_SOURCES, type TileSourceId } from '../utils/tiles';

const REGION_CENTRE: L.LatLngTuple = [52.07, 4.31];

export default function SchoolsMap({
  points,
  tiles,
  onSelect,
}: {
  readonly points: readonly MapPoint[];
  readonly tiles: TileSourceId;
  readonly onSelect: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: L.Map; markers: L.LayerGroup } | null>(null);
  const fittedTo = useRef('');
  const select = useRef(onSelect);
  select.current = onSelect;

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
    const source = TILE_SOURCES[tiles];
    if (source.url !== null)
      L.tileLayer(source.url, { minZoom: 6, maxZoom: 19, attribution: source.attribution }).addTo(map);
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
    for (const point of points) {
      const colour = colorValue(point.selected ? 'orange' : point.isDemo ? 'blue' : 'green');
      L.circleMarker([point.latitude, point.longitude], {
        radius: point.selected ? 9 : 6,
        color: colour,
        weight: 2,
        fillColor: colour,
        fillOpacity: 0.6,
      })
        .bindTooltip(point.name)
        .on('click', () => select.current(point.id))
        .addTo(current.markers);
    }
    const key = points.map((p) => p.id).join(',');
    if (key !== fittedTo.current && points.length > 0) {
      current.map.fitBounds(
        points.map((p): L.LatLngTuple => [p.latitude, p.longitude]),
        { padding: [24, 24], maxZoom: 15, animate: false },
      );
      fittedTo.current = key;
    }
  }, [points, tiles]);

  return <div ref={container} className="map map--schools" role="region" aria-label={t.map.region} />;
}
