// The event map: maplibre over an offline basemap (Natural Earth country outlines from the
// server), events clustered when dense, coloured by event type and sized by fatalities.
// No text layers: a style without glyphs needs no font server.
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

export function createMap(container, { onSelect }) {
  const map = new maplibregl.Map({
    container,
    center: [20, 15],
    zoom: 1.6,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    transformRequest: (url) => (url.startsWith(location.origin) ? { url, headers: authHeaders() } : { url }),
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: `${location.origin}/api/basemap` },
        events: {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
          cluster: true,
          clusterMaxZoom: 7,
          clusterRadius: 30,
          clusterProperties: { fatalities: ['+', ['get', 'fatalities']] },
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
  const ready = new Promise((resolve) => map.on('load', resolve));

  map.on('click', 'events', (e) => { const f = e.features?.[0]; if (f) onSelect(f.properties.id); });
  map.on('click', 'clusters', async (e) => {
    const f = e.features?.[0];
    if (!f) return;
    const zoom = await map.getSource('events').getClusterExpansionZoom(f.properties.cluster_id);
    map.easeTo({ center: f.geometry.coordinates, zoom });
  });
  for (const layer of ['events', 'clusters']) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }

  // How many event and cluster circles are drawn, for a glance in tests and tools.
  map.on('idle', () => {
    container.dataset.rendered = String(map.queryRenderedFeatures({ layers: ['events', 'clusters'] }).length);
  });

  let fitted = false;
  return {
    map,
    ready,
    async show(events) {
      await ready;
      const features = events.filter((e) => e.lat !== null && e.lon !== null).map((e) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
        properties: { id: e.id, event_type: e.event_type, fatalities: e.fatalities },
      }));
      map.getSource('events').setData({ type: 'FeatureCollection', features });
      // The first view frames the events; later filtering keeps the coder's view.
      if (!fitted && features.length) {
        fitted = true;
        let [w, s, e, n] = [180, 90, -180, -90];
        for (const { geometry: { coordinates: [lon, lat] } } of features) {
          if (lon < w) w = lon; if (lon > e) e = lon; if (lat < s) s = lat; if (lat > n) n = lat;
        }
        map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: 6, duration: 0 });
      }
      return features.length;
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
