// The offline basemap: Natural Earth country outlines (world-atlas, 1:110m for the first,
// wide view, 1:50m once the map zooms in) as GeoJSON, converted once per process; the map
// draws them as a vector layer, no tile server needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const BASEMAP_SCALES = ['110m', '50m'] as const;
export type BasemapScale = (typeof BASEMAP_SCALES)[number];

const cached = new Map<BasemapScale, string>();

export function basemapGeoJson(scale: BasemapScale = '50m'): string {
  let json = cached.get(scale);
  if (!json) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    // Coordinates to about a kilometre (110m) or a hundred metres (50m), finer than either scale
    // draws: the page downloads and parses a third as much.
    const factor = scale === '110m' ? 100 : 1000;
    json = JSON.stringify(feature(topo, topo.objects.countries), (_k, v) => (typeof v === 'number' ? Math.round(v * factor) / factor : v));
    cached.set(scale, json);
  }
  return json;
}
