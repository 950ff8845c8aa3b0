/** Leaflet map (its own chunk, loaded lazily): one circle per werkgebied on the PDOK BRT background map. */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { colorValue } from '../../../components/charts/palette';
import { regionStrings as t } from '../strings.nl';
import type { WerkgebiedMarker } from '../utils/chart-data';

const TILE_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
const REGION_CENTRE: L.LatLngTuple = [52.07, 4.31];

export default function WerkgebiedMap({ markers }: { readonly markers: readonly WerkgebiedMarker[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const map = L.map(element, {
      center: REGION_CENTRE,
      zoom: 11,
      minZoom: 9,
      maxZoom: 17,
      zoomControl: false,
    });
    L.control.zoom({ zoomInTitle: t.map.zoomIn, zoomOutTitle: t.map.zoomOut }).addTo(map);
    map.attributionControl.setPrefix(false);
    L.tileLayer(TILE_URL, { minZoom: 6, maxZoom: 19, attribution: t.map.attribution }).addTo(map);
    for (const marker of markers) {
      L.circleMarker([marker.centre[0], marker.centre[1]], {
        radius: marker.radius,
        color: colorValue('blue'),
        weight: 2,
        fillColor: colorValue('blue'),
        fillOpacity: 0.35,
      })
        .bindTooltip(t.map.tooltip(marker.name, marker.count))
        .addTo(map);
    }
    return () => {
      map.remove();
    };
  }, [markers]);

  return <div ref={container} className="map" role="region" aria-label={t.map.title} />;
}
