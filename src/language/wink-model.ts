// wink-eng-lite-web-model, assembled here so that its 3 MB core model is parsed once. The
// package's own loader parses it, copies it through JSON.stringify and JSON.parse, and decodes
// its two base64 arrays a character at a time: about 100 ms of every start, the largest single
// cost of a one-file extract. Every other part is the package's own; the result is the same
// model (test/language/wink-model.test.ts compares them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`wink-eng-lite-web-model/dist/${file}`);

// The packed layout of the model: [.., .., .., 0 when a feature is a list with a hash, 1 when it is extracted per token].
type Layout = Record<string, [number, number, number, number, number]>;
interface Feature { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const words = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  // A copy: a Uint32Array needs an aligned buffer of its own.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/**
 * The 87,593 lexemes by index, for wink-nlp's `hash[word]` reads and writes (its cache.js). An
 * object with that many keys takes 30-40 ms to build, each key interned; a Map takes 15 and a
 * lookup through the proxy costs about 0.1 µs more (under 1% of a long run).
 */
function mapBacked(list: string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k], k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => { if (typeof key === 'string') map.set(key, value); return true; },
    has: (_, key) => typeof key === 'string' && map.has(key),
    deleteProperty: (_, key) => { if (typeof key === 'string') map.delete(key); return true; },
    // Seen from outside (a deep comparison, a debugger), the same keys and values as the object.
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_, key) => typeof key === 'string' && map.has(key)
      ? { value: map.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

/** The package's readModel and loadCoreModel, in one pass. */
export function loadCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(dist('languages/cur/models/eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      const hash: Record<string, number> = Object.create(null);
      const list = features[f].list;
      for (let k = 0; k < list.length; k++) hash[list[k]] = k;
      features[f].hash = hash;
      features[f].intrinsicSize = list.length;
      features[f].index = list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme;
  lexeme.hash = mapBacked(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list as unknown as Set<number>[];
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as unknown as string).split('_').map((e) => pos.hash[e] || 0));
  }
  return model;
}

/** The model object wink-nlp takes, as the package's model.js builds it, with the core above. */
export function winkModel() {
  const model = Object.create(null);
  model.core = loadCoreModel;
  model.sbd = require(dist('load-sbd-model.js'));
  model.pos = require(dist('load-pos-model.js'));
  model.ner = require(dist('load-ner-model.js'));
  model.negation = require(dist('load-negation-model.js'));
  model.sa = require(dist('load-sa-model.js'));
  model.metaCER = require(dist('load-cer-meta-model.js'));
  model.featureFn = require(dist('feature.js'));
  model.addons = Object.create(null);
  model.addons.stem = require(dist('porter-stemmer.js'));
  model.addons.lemmatize = require(dist('lemmatize.js'));
  model.addons.readabilityStats = require(dist('readability-stats.js'));
  model.addons.wordVectors = undefined;
  return model;
}
