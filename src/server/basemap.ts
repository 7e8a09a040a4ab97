// The offline basemap: Natural Earth country outlines (world-atlas, 1:50m) as GeoJSON,
// converted once per process; the map draws them as a vector layer, no tile server needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

let cached: string | null = null;

export function basemapGeoJson(): string {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  cached = JSON.stringify(feature(topo, topo.objects.countries));
  return cached;
}
