/**
 * A Leaflet map to drop a school's pin (its own chunk, loaded lazily): a click places the pin. The pin is an SVG
 * circle, so it shows on a plain background when the tiles cannot load.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { colorValue } from '../../../components/charts/palette';
import { TILE_SOURCES } from '../../schools/utils/tiles';
import { dataHealthStrings as t } from '../strings.nl';

export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

export default function PinMap({
  start,
  pin,
  onPick,
}: {
  readonly start: Point;
  readonly pin: Point | null;
  readonly onPick: (point: Point) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: L.Map; layer: L.LayerGroup } | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const map = L.map(element, {
      center: [start.latitude, start.longitude],
      zoom: 15,
      minZoom: 8,
      maxZoom: 19,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    map.attributionControl.setPrefix(false);
    const source = TILE_SOURCES.pdok;
    L.tileLayer(source.url, { minZoom: 6, maxZoom: 19, attribution: source.attribution }).addTo(map);
    const layer = L.layerGroup().addTo(map);
    map.on('click', (e: L.LeafletMouseEvent) =>
      pick.current({ latitude: e.latlng.lat, longitude: e.latlng.lng }),
    );
    mapRef.current = { map, layer };
    return () => {
      mapRef.current = null;
      map.remove();
    };
    // The map is built once; the start point only centres it.
  }, [start.latitude, start.longitude]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    current.layer.clearLayers();
    if (!pin) return;
    const colour = colorValue('orange');
    L.circleMarker([pin.latitude, pin.longitude], {
      radius: 9,
      color: colour,
      weight: 3,
      fillColor: colour,
      fillOpacity: 0.7,
    }).addTo(current.layer);
  }, [pin]);

  return (
    <div ref={container} className="map map--pin" role="region" aria-label={t.map} data-testid="pin-map" />
  );
}
