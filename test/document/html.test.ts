import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';

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
