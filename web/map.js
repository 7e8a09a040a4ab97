// The event map: maplibre over an offline basemap (Natural Earth country outlines from the
// server), events clustered when dense, coloured by event type and sized by fatalities.
// The clusters come from the server (GET /api/map counts the events of each grid cell for the
// view's zoom and box), so the page never holds every event. No text layers: a style without
// glyphs needs no font server.
import * as maplibregl from '/vendor/maplibre/maplibre-gl.mjs';
import { authHeaders } from './api.js';

export const TYPE_COLOURS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#7f8c8d',
};

const colourByType = ['match', ['get', 'event_type'], ...Object.entries(TYPE_COLOURS).flat(), '#333333'];

// The map's web worker starts now, while the first answers come, not when the map is made.
maplibregl.prewarm();

const FRAMING = { padding: 60, maxZoom: 6 };

/** The zoom at which the map, framing a box [west, south, east, north], will be (as fitBounds computes it). */
export function framingZoom(container, [w, s, e, n]) {
  const nw = maplibregl.MercatorCoordinate.fromLngLat([w, n]), se = maplibregl.MercatorCoordinate.fromLngLat([e, s]);
  const fit = Math.min((container.clientWidth - 2 * FRAMING.padding) / ((se.x - nw.x) * 512), (container.clientHeight - 2 * FRAMING.padding) / ((se.y - nw.y) * 512));
  const zoom = Math.min(Math.log2(fit), FRAMING.maxZoom);
  return Number.isFinite(zoom) ? +Math.max(0, zoom).toFixed(2) : 0;
}

/** bounds: the box [west, south, east, north] the first view frames, or null for the world. */
export function createMap(container, { bounds, onSelect, onMove }) {
  const map = new maplibregl.Map({
    container,
    ...(bounds ? { bounds: [[bounds[0], bounds[1]], [bounds[2], bounds[3]]], fitBoundsOptions: FRAMING } : { center: [20, 15], zoom: 1.6 }),
    // No labels to fade in: without the fade the map is idle as soon as its tiles are drawn.
    fadeDuration: 0,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    transformRequest: (url) => (url.startsWith(location.origin) ? { url, headers: authHeaders() } : { url }),
    style: {
      version: 8,
      // Nothing to animate between styles: the map is idle (and drawn) as soon as its data is.
      transition: { duration: 0, delay: 0 },
      sources: {
        // The light outlines first (the wide first view loads quickly); the finer ones once zoomed in.
        countries: { type: 'geojson', data: `${location.origin}/api/basemap?scale=110m` },
        events: {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
        },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f0' } },
        { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ee' } },
        { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#a9a59a', 'line-width': 0.6 } },
        {
          id: 'clusters', type: 'circle', source: 'events', filter: ['has', 'point_count'],
          paint: {
            'circle-color': '#34495e', 'circle-opacity': 0.75, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2,
            'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 10, 50, 18, 1000, 30],
          },
        },
        {
          id: 'events', type: 'circle', source: 'events', filter: ['!', ['has', 'point_count']],
          paint: {
            'circle-color': colourByType, 'circle-opacity': 0.85, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
            'circle-radius': ['interpolate', ['linear'], ['get', 'fatalities'], 0, 6, 10, 10, 100, 18, 1000, 26],
          },
        },
        {
          id: 'selected', type: 'circle', source: 'events', filter: ['==', ['get', 'id'], ''],
          paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111', 'circle-stroke-width': 3, 'circle-radius': 14 },
        },
      ],
    },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  const DETAIL_ZOOM = 3;
  const addDetail = () => {
    if (map.getZoom() < DETAIL_ZOOM || map.getSource('countries-detail')) return;
    map.addSource('countries-detail', { type: 'geojson', data: `${location.origin}/api/basemap?scale=50m` });
    for (const [id, base] of [['land', 'land-detail'], ['borders', 'borders-detail']]) {
      const layer = map.getStyle().layers.find((l) => l.id === id);
      map.setLayerZoomRange(id, 0, DETAIL_ZOOM);
      map.addLayer({ ...layer, id: base, source: 'countries-detail', minzoom: DETAIL_ZOOM }, 'clusters');
    }
  };
  map.on('zoomend', addDetail);
  const ready = new Promise((resolve) => map.on('load', resolve));
  ready.then(addDetail);
  // The style (given inline) is ready long before 'load', which waits for the outlines' tiles:
  // events set then are cut and drawn with those, not after them.
  const styled = new Promise((resolve) => map.once('style.load', resolve));

  map.on('click', 'events', (e) => { const f = e.features?.[0]; if (f) onSelect(f.properties.id); });
  // A cluster opens by zooming in on it: the next cells are a quarter of the size.
  map.on('click', 'clusters', (e) => {
    const f = e.features?.[0];
    if (f) map.easeTo({ center: f.geometry.coordinates, zoom: Math.min(map.getZoom() + 2, map.getMaxZoom()) });
  });
  map.on('moveend', () => onMove?.());
  for (const layer of ['events', 'clusters']) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }

  // How many event and cluster circles are drawn, for a glance in tests and tools.
  map.on('idle', () => {
    container.dataset.rendered = String(map.queryRenderedFeatures({ layers: ['events', 'clusters'] }).length);
  });

  return {
    map,
    ready,
    /** The view as the map query wants it: its zoom and its box, clamped to one world. */
    view() {
      const b = map.getBounds();
      const world = b.getEast() - b.getWest() >= 360;
      const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
      const bbox = world ? null : [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) => +v.toFixed(4));
      return { zoom: +map.getZoom().toFixed(2), bbox };
    },
    /** Draws the server's cells: a cell of one event is that event, a larger one a cluster. */
    async show(cells) {
      await styled;
      const features = cells.map((c) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
        properties: c.count === 1 ? { id: c.id, event_type: c.event_type, fatalities: c.fatalities } : { point_count: c.count, fatalities: c.fatalities },
      }));
      map.getSource('events').setData({ type: 'FeatureCollection', features });
      return features.length;
    },
    /** Centres on a place (an opened event). */
    focus(lat, lon) {
      map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 5) });
    },
    select(id) {
      if (map.getLayer('selected')) map.setFilter('selected', ['==', ['get', 'id'], id || '']);
    },
  };
}

export function legend(el) {
  el.replaceChildren(...Object.entries(TYPE_COLOURS).map(([type, colour]) => {
    const item = document.createElement('span');
    const dot = document.createElement('i');
    dot.style.background = colour;
    item.append(dot, type);
    return item;
  }));
}
