import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildDocument } from '../../src/document/index.js';
import { MAX_HTML_DEPTH, scanHtml } from '../../src/document/html-plain.js';
import { root, tempFile } from '../helpers.js';

const page = `<!doctype html><html lang="en"><head><title>Convoy leaves the valley | Frontline Notes</title>
<meta property="article:published_time" content="2021-08-14T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<div class="cookie">We use cookies. Accept?</div>
<article><h1>Convoy leaves the valley</h1>
<div class="submitted">Submitted by marten on August 14, 2021</div>
<p>Marib front, August 12th 2021</p>
<p>The convoy left at first light after two nights of waiting at the checkpoint near the river. Drivers said the road had been closed since Monday and that the fuel trucks were the first to move.</p>
<p>Residents of the nearby village watched from the roofs as the trucks passed, and children ran along the road until the soldiers waved them back towards the houses.</p>
</article><footer>© Frontline Notes — all rights reserved</footer></body></html>`;

test('reduces a saved page to its article, keeping the byline line that Readability drops', () => {
  const doc = buildDocument({ text: page, format: 'auto', what: 'page.html' });
  assert.equal(doc.title, 'Convoy leaves the valley');
  assert.equal(doc.author, 'marten');
  assert.equal(doc.published, '2021-08-14');
  assert.equal(doc.dateline?.date, '2021-08-12');
  assert.match(doc.text, /The convoy left at first light/);
  assert.doesNotMatch(doc.text, /cookies|all rights reserved|About/);
});

test('malformed HTML still yields its text', () => {
  const doc = buildDocument({ text: '<html><body><p>Gunmen attacked a bus near <b>Kano<p>Police said three people died', format: 'html', what: 'bad.html' });
  assert.match(doc.text, /Gunmen attacked a bus near Kano/);
  assert.match(doc.text, /three people died/);
});

test('HTML with no text in it is refused', () => {
  assert.throws(() => buildDocument({ text: '<html><body><script>var x = 1;</script></body></html>', format: 'html', what: 'empty.html' }), /no article text/);
});

test('a page nested 100,000 levels deep is read as plain text with a warning, and still coded', () => {
  const depth = 100_000;
  const html = `<!doctype html><html lang="en"><head><title>Deep page</title><meta name="date" content="2023-03-04"></head><body>${'<div><span>'.repeat(depth / 2)}`
    + '<p>SIRTE, Libya, 4 March 2023 — A drone struck the vegetable market in Sirte on Friday afternoon, killing three civilians, a hospital official said.</p>'
    + `<script>var hidden = "not text";</script>${'</span></div>'.repeat(depth / 2)}</body></html>`;
  const r = spawnSync(join(root, 'bin', 'sitrep'), ['extract', '--format', 'json', tempFile('deep.html', html)], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `finished by itself: ${r.stderr}`);
  assert.match(r.stderr, /^sitrep: warning: .*deep\.html nests its HTML 100001 levels deep \(over 256\); read as plain text, without article extraction\n$/);
  const { document, events } = JSON.parse(r.stdout);
  assert.equal(document.title, 'Deep page');
  assert.equal(document.published, '2023-03-04');
  assert.doesNotMatch(document.text, /not text/);
  assert.equal(events[0]?.sub_event_type, 'Air/drone strike');
});

test('nesting is measured on elements that nest: unclosed paragraphs and list items, void tags and comments do not count', () => {
  const sloppy = `<html><body>${'<p>one line<br><img src=x><li>item<!-- <div> -->'.repeat(5000)}</body></html>`;
  assert.equal(scanHtml(sloppy).depth, 0);
  assert.equal(scanHtml(`<div>${'<div><b>x</b></div>'.repeat(100)}<section><div>y</div></section></div>`).depth, 3);
  assert.equal(scanHtml(`<script>${'<div>'.repeat(1000)}</script><div>a</div>`).depth, 1);
  assert.equal(MAX_HTML_DEPTH, 256);
  const page = scanHtml('<html lang=fr><head><title>T &amp; U</title><meta property="og:title" content="O"></head><body><p>a &lt; b<p>c</body></html>', true);
  assert.deepEqual([page.blocks, page.title, page.meta.get('og:title'), page.language], [['a < b', 'c'], 'T & U', 'O', 'fr']);
});
