/**
 * Maps of the world and of Europe as inline SVG, drawn at generation time from Natural Earth
 * (world-atlas countries-110m for the world, countries-50m for Europe and small countries; public domain) with topojson-client and d3-geo — so the HTML report
 * needs no network and no script to show them.
 *
 * The country outlines are projected and thinned once per process (points closer than 0.8 px
 * to the last kept one are dropped, coordinates rounded to 0.1 px); each report only sets a class per country.
 * @internal
 */
import * as fs from 'fs';
import { GeoContext, geoAzimuthalEqualArea, geoEqualEarth, geoPath, GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { ISO_NUMERIC_TO_ALPHA2 } from '../../../core/countries-numeric';
import { Countries } from '../../../core/countries';

/** How a country is shown. @internal */
export enum CountryStatus {
  /** Data of the configuration is there, and the policy allows it. */
  ALLOWED = 'allowed',
  /** Data is there, and the policy does not allow it. */
  NOT_ALLOWED = 'not-allowed',
}

interface Shape {
  readonly code?: string;
  readonly name: string;
  readonly d: string;
  /** Centroid and whether the shape is too small to see (a marker is drawn for it). */
  readonly cx: number;
  readonly cy: number;
  readonly tiny: boolean;
}

interface BaseMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: Shape[];
  readonly outline: string;
}

/** A path context that rounds to 0.1 px and drops points closer than `min` px to the last kept one. */
class ThinPath {
  private out = '';
  private lastX = NaN;
  private lastY = NaN;
  private pending?: [number, number];
  private x0 = Infinity;
  private y0 = Infinity;
  private x1 = -Infinity;
  private y1 = -Infinity;

  constructor(private readonly min: number) {}

  /** Bounds of what was drawn since the last `result()`: [x0, y0, x1, y1]. */
  public bounds(): [number, number, number, number] {
    return [this.x0, this.y0, this.x1, this.y1];
  }

  private extend(x: number, y: number): void {
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  }

  public moveTo(x: number, y: number): void {
    this.flush();
    this.out += `M${r(x)},${r(y)}`;
    this.extend(x, y);
    this.lastX = x;
    this.lastY = y;
  }

  public lineTo(x: number, y: number): void {
    this.extend(x, y);
    if (Math.abs(x - this.lastX) < this.min && Math.abs(y - this.lastY) < this.min) {
      this.pending = [x, y];
      return;
    }
    this.pending = undefined;
    this.out += `L${r(x)},${r(y)}`;
    this.lastX = x;
    this.lastY = y;
  }

  public closePath(): void {
    this.pending = undefined;
    this.out += 'Z';
  }

  public arc(): void {
    // Points are not drawn (d3 calls arc only for Point geometries).
  }

  public result(): string {
    this.flush();
    const d = this.out;
    this.out = '';
    this.x0 = this.y0 = Infinity;
    this.x1 = this.y1 = -Infinity;
    return d;
  }

  private flush(): void {
    if (this.pending) this.out += `L${r(this.pending[0])},${r(this.pending[1])}`;
    this.pending = undefined;
  }
}

function r(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

const loaded = new Map<string, GeoJSON.Feature[]>();

/** Countries at 1:110m (the world map) or 1:50m (Europe, and the small countries 1:110m leaves out). */
function countryFeatures(scale: '110m' | '50m'): GeoJSON.Feature[] {
  const cached = loaded.get(scale);
  if (cached) return cached;
  const topology = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
  const features = (feature(topology, topology.objects.countries) as unknown as GeoJSON.FeatureCollection).features;
  loaded.set(scale, features);
  return features;
}

function codeOf(f: GeoJSON.Feature): string | undefined {
  return f.id === undefined ? undefined : ISO_NUMERIC_TO_ALPHA2.get(String(f.id).padStart(3, '0'));
}

/** Longitude/latitude box of a feature (without projecting it). */
function lonLatBox(f: GeoJSON.Feature): [number, number, number, number] {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    } else if (Array.isArray(c)) {
      for (const e of c) visit(e);
    }
  };
  visit((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return [x0, y0, x1, y1];
}

function draw(projection: GeoProjection, width: number, height: number, features: GeoJSON.Feature[], extra: GeoJSON.Feature[] = [], outline?: GeoProjection): BaseMap {
  const ctx = new ThinPath(0.8);
  const path = geoPath(projection, ctx as unknown as GeoContext);
  const shapes: Shape[] = [];
  const drawn = new Set<string>();
  const add = (f: GeoJSON.Feature, outlineToo: boolean): void => {
    path(f);
    const [x0, y0, x1, y1] = ctx.bounds();
    const d = ctx.result();
    if (d.length === 0) return;
    const code = codeOf(f);
    if (code) drawn.add(code);
    shapes.push({
      code,
      name: code ? Countries.nameOf(code) : String((f.properties as { name?: string } | null)?.name ?? 'unknown'),
      d: outlineToo ? d : '',
      cx: Math.round(((x0 + x1) / 2) * 10) / 10,
      cy: Math.round(((y0 + y1) / 2) * 10) / 10,
      tiny: !outlineToo || (x1 - x0 < 4 && y1 - y0 < 4),
    });
  };
  for (const f of features) add(f, true);
  // Countries the coarse outlines leave out (Singapore, Luxembourg, Malta…): a marker only.
  for (const f of extra) {
    const code = codeOf(f);
    if (code && !drawn.has(code)) add(f, false);
  }
  // The outline of the globe needs resampling to be curved; it is one cheap line.
  geoPath(outline ?? projection, ctx as unknown as GeoContext)({ type: 'Sphere' } as unknown as GeoJSON.Feature);
  return { width, height, shapes, outline: ctx.result() };
}

let world: BaseMap | undefined;
let europe: BaseMap | undefined;

/** The world in Equal Earth (equal-area), 960 × 470. */
function worldMap(): BaseMap {
  if (world) return world;
  const width = 960;
  const height = 470;
  // No adaptive resampling: at 1:50m the outlines are dense enough, and resampling triples the time.
  const sphere = { type: 'Sphere' } as unknown as GeoJSON.Feature;
  const projection = geoEqualEarth().precision(0).fitExtent([[4, 4], [width - 4, height - 4]], sphere);
  const outline = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], sphere);
  // Antarctica holds no data centre and would take a fifth of the map.
  const notAntarctica = (f: GeoJSON.Feature) => String(f.id) !== '010';
  world = draw(projection, width, height, countryFeatures('110m').filter(notAntarctica), countryFeatures('50m').filter(notAntarctica), outline);
  return world;
}

/** Europe in the EU's reference projection (ETRS89-LAEA, centred 52° N 10° E), 640 × 560. */
function europeMap(): BaseMap {
  if (europe) return europe;
  const width = 640;
  const height = 560;
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).clipAngle(60).precision(0);
  const box: GeoJSON.Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[-24, 35], [40, 35], [-12, 71], [34, 71], [10, 34]] } };
  projection.fitExtent([[0, 0], [width, height]], box).clipExtent([[0, 0], [width, height]]);
  // Only what can be in the frame: projecting the rest of the world would cost most of the time.
  const near = countryFeatures('50m').filter((f) => {
    const [x0, y0, x1, y1] = lonLatBox(f);
    return x1 >= -32 && x0 <= 60 && y1 >= 27 && y0 <= 75;
  });
  europe = draw(projection, width, height, near);
  return europe;
}

/** Escape text for HTML and attribute values. @internal */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One map as SVG, each country with `data-country` and, where data is, a status class and a
 * tooltip. Countries too small to see get a marker circle.
 * @internal
 */
export function renderMap(which: 'world' | 'europe', status: ReadonlyMap<string, CountryStatus>, label: string): string {
  const map = which === 'world' ? worldMap() : europeMap();
  const parts: string[] = [];
  parts.push(`<svg class="map" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-labelledby="${which}-map-title" data-map="${which}">`);
  parts.push(`<title id="${which}-map-title">${esc(label)}</title>`);
  parts.push(`<path class="sphere" d="${map.outline}"/>`);
  const markers: string[] = [];
  for (const s of map.shapes) {
    const st = s.code ? status.get(s.code) : undefined;
    const cls = st ? `c ${st}` : 'c';
    const code = s.code ? ` data-country="${s.code}"` : '';
    const tip = st ? `<title>${esc(s.name)}: ${st === CountryStatus.ALLOWED ? 'data here, allowed' : 'data here, NOT allowed'}</title>` : '';
    if (s.d) parts.push(`<path class="${cls}"${code} d="${s.d}">${tip}</path>`);
    if (st && s.tiny) markers.push(`<circle class="marker ${st}" data-marker="${s.code}" cx="${s.cx}" cy="${s.cy}" r="5"><title>${esc(s.name)}</title></circle>`);
  }
  parts.push(...markers, '</svg>');
  return parts.join('');
}
