// GeoJSON (RFC 7946) FeatureCollection of points, properties kept flat so that QGIS and
// other GIS tools show them as attribute columns. Events without a place are left out.
import type { StoredEvent } from '../store/index.js';
import { eventDate } from '../event-date.js';

export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_TAIL = '\n]}\n';

export function geojsonFeature({ event: e }: StoredEvent): object | null {
  if (!e.location) return null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [e.location.lon, e.location.lat] },
    properties: {
      event_id: e.id,
      event_date: eventDate(e),
      time_precision: e.date?.time_precision ?? null,
      disorder_type: e.disorder_type,
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      actor1: e.actor1?.name ?? null,
      inter1: e.actor1?.type ?? null,
      actor2: e.actor2?.name ?? null,
      inter2: e.actor2?.type ?? null,
      interaction: e.interaction,
      country: e.location.country,
      country_code: e.location.country_code,
      admin1: e.location.admin1,
      location: e.location.name,
      geonames_id: e.location.geonames_id,
      geo_precision: e.location.geo_precision,
      fatalities: e.fatalities,
      fatalities_high: e.fatalities_high,
      certainty: e.certainty,
      source_count: e.sources.length,
      documents: e.sources.map((s) => s.document_id).join('; '),
      notes: e.notes,
      review: e.review ?? 'unreviewed',
    },
  };
}
