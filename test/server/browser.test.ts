// The workbench in a real browser: markers on the map, filters and timeline brushing, an
// event's highlighted evidence, review with and without the token, a pasted report, and a
// hostile report that stays inert. Each test leaves a screenshot in test-output/workbench/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { storeFile, workbench, TOKEN } from './fixture.js';
import { launch, missingBrowser, shot } from './browser.js';

const skip = missingBrowser();
let wb: Awaited<ReturnType<typeof workbench>>;
let base = '';
let browser: BrowserContext;

before(async () => {
  if (skip) return;
  wb = await workbench(await storeFile());
  await wb.app.listen({ host: '127.0.0.1', port: 0 });
  const address = wb.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch();
});
after(async () => {
  if (skip) return;
  await browser.close();
  await wb.close();
});

async function open(path = '/'): Promise<Page> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const shownCount = async (page: Page) => Number(await page.getAttribute('#status', 'data-count'));
const rendered = async (page: Page) => {
  await page.waitForFunction(() => Number((document.querySelector('#map') as HTMLElement).dataset.rendered ?? 0) > 0, undefined, { timeout: 15000 });
  return Number(await page.getAttribute('#map', 'data-rendered'));
};

async function strikeId(): Promise<string> {
  return (await wb.app.inject('/api/events?type=Air/drone strike')).json().events[0].id;
}

test('the page loads the map with its event markers and the timeline', { skip: skip ?? false }, async () => {
  const page = await open();
  assert.ok(await rendered(page) >= 1, 'markers drawn on the map');
  assert.ok(await shownCount(page) >= 3);
  assert.ok(await page.locator('#timeline rect.bar').count() >= 1, 'timeline bars');
  assert.equal(await page.locator('ol.event-list li').count(), await shownCount(page), 'the list shows the page of events');
  await shot(page, 'map');
  await page.click('ol.event-list li button[data-id]');
  await page.waitForSelector('#detail:not([hidden]) dd[data-field=Place]');
  await page.waitForURL(/event=/);
  assert.deepEqual((page as Page & { problems?: string[] }).problems, []);
  await page.close();
});

test('filtering by type narrows the map and lives in the URL', { skip: skip ?? false }, async () => {
  const page = await open();
  const all = await shownCount(page);
  await page.selectOption('#filters select[name=type]', 'Battles');
  await page.click('#filters button[type=submit]');
  await page.waitForURL(/type=Battles/);
  await page.waitForFunction((n) => Number(document.querySelector('#status')!.getAttribute('data-count')) < n, all);
  assert.equal(await shownCount(page), 1);
  await shot(page, 'filtered-by-type');
  const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
  assert.equal(await shownCount(again), 1, 'a shared URL opens the same view');
  await again.close();
  await page.close();
});

test('brushing the timeline keeps only the events of that period', { skip: skip ?? false }, async () => {
  const page = await open();
  const all = await shownCount(page);
  const box = (await page.locator('#timeline').boundingBox())!;
  // The fixture's events fall on 3 and 19 March 2023: a brush over the first half keeps the first.
  await page.mouse.move(box.x + 5, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 30, { steps: 5 });
  await page.mouse.up();
  await page.waitForURL(/from=.*to=/);
  const kept = await shownCount(page);
  assert.ok(kept >= 1 && kept < all, `${kept} of ${all} kept`);
  await shot(page, 'brushed');
  await page.dblclick('#timeline');
  await page.waitForFunction((n) => Number(document.querySelector('#status')!.getAttribute('data-count')) === n, all);
  await page.close();
});

test('an event opens with its fields and its evidence highlighted in each source', { skip: skip ?? false }, async () => {
  const id = await strikeId();
  const page = await open(`/?event=${id}`);
  await page.waitForSelector('.source-text mark.hl-evidence');
  for (const kind of ['evidence', 'trigger', 'place', 'date', 'fatalities']) {
    assert.ok(await page.locator(`.source-text mark.hl-${kind}`).count() >= 1, `${kind} highlighted`);
  }
  assert.match(await page.textContent('dd[data-field=Place]') ?? '', /Sirte, .*Libya/);
  const tabs = page.locator('.tabs button');
  assert.equal(await tabs.count(), 2, 'both sources of the corroborated strike');
  const first = await page.textContent('.source-text');
  await tabs.nth(1).click();
  await page.waitForFunction((t) => document.querySelector('.source-text')!.textContent !== t, first);
  assert.ok(await page.locator('.source-text mark.hl-trigger').count() >= 1, 'the second source is highlighted too');
  await shot(page, 'event-detail');
  await page.close();
});

test('a review needs the token; with it, accept and edit go to the audit log', { skip: skip ?? false }, async () => {
  const id = await strikeId();
  const page = await open(`/?event=${id}`);
  await page.waitForSelector('button.accept');
  await page.click('button.accept');
  await page.waitForSelector('.review .error:not(:empty)');
  assert.match(await page.textContent('.review .error') ?? '', /token/);
  await page.fill('#token', 'wrong');
  await page.dispatchEvent('#token', 'change');
  await page.click('button.accept');
  await page.waitForFunction(() => /token/.test(document.querySelector('.review .error')?.textContent ?? '') && !/enter it/.test(document.querySelector('.review .error')?.textContent ?? ''));
  assert.equal((await wb.app.inject(`/api/events/${id}/audit`)).json().entries.length, 0, 'refused: nothing recorded');

  await page.fill('#token', TOKEN);
  await page.dispatchEvent('#token', 'change');
  await page.fill('input[name=who]', 'layla');
  await page.click('button.accept');
  await page.waitForSelector('ol.audit li');
  assert.match(await page.textContent('ol.audit') ?? '', /accepted by layla/);
  assert.match(await page.textContent('.badge') ?? '', /accepted/);

  await page.click('details.edit-box summary');
  await page.fill('input[name=fatalities]', '15');
  await page.click('button.save');
  await page.waitForFunction(() => document.querySelectorAll('ol.audit li').length === 2);
  assert.match(await page.textContent('dd[data-field=Fatalities]') ?? '', /^15/);
  assert.match(await page.textContent('ol.audit') ?? '', /fatalities: \(coded\) → 15/);
  await shot(page, 'reviewed');
  await page.close();
});

test('a pasted report is coded at once and its events listed', { skip: skip ?? false }, async () => {
  const page = await open();
  await page.evaluate((t) => sessionStorage.setItem('sitrep-token', t), TOKEN);
  const before = await shownCount(page);
  await page.click('#open-add');
  await page.fill('#add-form input[name=title]', 'Ambush near Gao');
  await page.fill('#add-form textarea[name=text]', 'Soldiers ambushed near Gao\n\nGAO, Mali, 9 June 2023 — Gunmen ambushed a military convoy near Gao on Thursday, killing five soldiers, the army said.');
  await page.click('#add-submit');
  await page.waitForSelector('ul.added-events li');
  assert.match(await page.textContent('#add-result') ?? '', /Gao/);
  await page.waitForFunction((n) => Number(document.querySelector('#status')!.getAttribute('data-count')) > n, before);
  await shot(page, 'added-report');
  await page.close();
});

test('a hostile report shows as inert text', { skip: skip ?? false }, async () => {
  const text = 'Attack on Sirte market\n\nSIRTE, Libya, 4 June 2023 — A drone struck the market in Sirte on Saturday, killing two civilians, officials said. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">more</a>';
  const added = await wb.app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { text, format: 'text' } });
  assert.equal(added.statusCode, 201, added.body);
  const id = added.json().events[0].id;
  const page = await open(`/?event=${id}`);
  await page.waitForSelector('.source-text mark');
  const shownText = await page.textContent('.source-text');
  assert.match(shownText ?? '', /<script>window.__pwned = 1<\/script>/, 'the markup is shown as text');
  assert.equal(await page.locator('.source-text script, .source-text img, .source-text a').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await shot(page, 'hostile-report');
  await page.close();
});

test('selecting words of a source adds the event sitrep missed', { skip: skip ?? false }, async () => {
  const id = await strikeId();
  const page = await open(`/?event=${id}`);
  await page.evaluate((t) => sessionStorage.setItem('sitrep-token', t), TOKEN);
  await page.waitForSelector('.source-text mark');
  const words = await page.evaluate(() => {
    const box = document.querySelector('.source-text')!;
    const text = box.textContent!;
    const wanted = text.slice(text.indexOf('\n\n') + 2, text.indexOf('\n\n') + 40);
    // Select those characters the way a mouse would, across the highlight elements.
    const start = text.indexOf(wanted), end = start + wanted.length;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (start >= seen && start <= seen + len) range.setStart(n, start - seen);
      if (end >= seen && end <= seen + len) { range.setEnd(n, end - seen); break; }
      seen += len;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return wanted;
  });
  await page.waitForSelector('.add-event');
  assert.match(await page.textContent('.add-event q') ?? '', new RegExp(words.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.selectOption('select[name=new_sub_event_type]', 'Looting/property destruction');
  await page.fill('input[name=new_date]', '2023-03-03');
  await page.click('.add-event button.save');
  await page.waitForFunction(() => /Looting\/property destruction/.test(document.querySelector('#detail h2')?.textContent ?? ''));
  assert.match(await page.textContent('.badge') ?? '', /accepted/);
  assert.match(await page.textContent('ol.audit') ?? '', /accepted/);
  await shot(page, 'added-event');
  await page.close();
});
