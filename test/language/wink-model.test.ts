import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import { loadCoreModel, winkModel } from '../../src/language/wink-model.js';

const require = createRequire(import.meta.url);

test('the core model loaded in one pass equals the package\'s own', () => {
  const theirs = require('wink-eng-lite-web-model/dist/load-core-model.js')();
  const ours = loadCoreModel();
  assert.ok(ours.lexicon instanceof Uint32Array && ours.lexicon.length > 100_000);
  assert.ok(isDeepStrictEqual(ours, theirs), 'the two core models differ');
});

test('wink-nlp reads the same tokens, tags and lemmas with either model', () => {
  const text = 'Gunmen stormed the market in Gao on Monday; three traders were killed.\nThe army said it had arrested two suspects.';
  const read = (m: unknown) => {
    const nlp = winkNLP(m as typeof packaged, ['sbd', 'pos']);
    const its = nlp.its;
    const doc = nlp.readDoc(text);
    return { sentences: doc.sentences().out(), tokens: doc.tokens().out(), pos: doc.tokens().out(its.pos), lemma: doc.tokens().out(its.lemma as never) };
  };
  const ours = read(winkModel()), theirs = read(packaged);
  assert.deepEqual(ours, theirs);
  assert.equal(ours.sentences.length, 2);
  assert.ok((ours.pos as string[]).includes('VERB'));
});

test('the lexeme index reads, writes and deletes like the prototype-free object it stands for', () => {
  const hash = loadCoreModel().features.lexeme.hash!;
  const plain: Record<string, number> = Object.create(null);
  const index = loadCoreModel().features.lexeme.list.indexOf('constructor');
  if (index >= 0) plain.constructor = index;
  // Names that an ordinary object answers from its prototype are words like any other here.
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'zqxjv-oov']) {
    assert.equal(hash[key], plain[key], `read ${key}`);
    assert.equal(key in hash, key in plain, `in ${key}`);
    hash[key] = 90_001; plain[key] = 90_001;
    assert.equal(hash[key], 90_001, `written ${key}`);
    assert.equal(Object.hasOwn(hash, key), true);
    delete hash[key]; delete plain[key];
    assert.equal(hash[key], undefined, `deleted ${key}`);
    assert.equal(key in hash, false);
  }
  assert.equal(Object.getPrototypeOf(hash), null);
});
