// A resident's second visit costs almost nothing (the app's files come from the browser's cache,
// the page is revalidated), and a new release is picked up at once.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, startServer, builtApp } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

interface Loaded {
  name: string;
  transferSize: number;
  encodedBodySize: number;
}

/** What the page loaded, as the browser's Resource Timing reports it (0 bytes: from the cache). */
async function loaded(page: Page): Promise<{ page: Loaded; files: Loaded[] }> {
  return page.evaluate(() => {
    const pick = (e: PerformanceResourceTiming) => ({
      name: new URL(e.name).pathname,
      transferSize: e.transferSize,
      encodedBodySize: e.encodedBodySize,
    });
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming;
    const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.(js|wasm|css)$/.test(new URL(e.name).pathname))
      .map(pick);
    return { page: pick(nav), files };
  });
}

test('a second visit downloads no wasm, JS or CSS again', async ({ page }) => {
  const sim = new SimulatorPage(page);
  const budgetFetches: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/budgets/austin-fy2017') budgetFetches.push(r.resourceType());
  });
  await sim.open('austin-fy2017');
  // The page preloads the budget's JSON alongside the app's files, and the app uses that answer.
  await expect(page.locator('link[rel=preload][href="/api/budgets/austin-fy2017"]')).toHaveCount(1);
  expect(budgetFetches).toHaveLength(1);
  const first = await loaded(page);
  const kinds = first.files.map((f) => f.name.split('.').pop());
  expect(kinds).toEqual(expect.arrayContaining(['js', 'wasm', 'css']));
  // A budget of lines downloads the simulator's build only, never the projects page's (dist/projects/).
  const wasm = first.files.filter((f) => f.name.endsWith('.wasm')).map((f) => f.name);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/pbsim-app-[0-9a-f]+_bg\.wasm$/);
  for (const file of first.files) expect(file.transferSize, `${file.name} downloaded`).toBeGreaterThan(0);

  // The next visit: a new navigation to the page, as from a link.
  await sim.open('austin-fy2017');
  const second = await loaded(page);
  expect(second.files.map((f) => f.name).sort()).toEqual(first.files.map((f) => f.name).sort());
  for (const file of second.files) expect(file.transferSize, `${file.name} from the cache`).toBe(0);
  // The page itself was asked for again and answered without its body (304: headers only).
  expect(second.page.transferSize).toBeGreaterThan(0);
  expect(second.page.transferSize).toBeLessThan(first.page.transferSize);
});

test('after a new release the page loads the new files at once', async ({ browser }) => {
  const dist = mkdtempSync(path.join(tmpdir(), 'pbsim-release-'));
  cpSync(builtApp, dist, { recursive: true });
  const server = await startServer(undefined, dist);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    const sim = new SimulatorPage(page);
    await sim.open('austin-fy2017');
    await expect(page.locator('body')).not.toHaveCSS('outline-color', 'rgb(1, 2, 3)');

    // The next release changes the style sheet: Trunk gives it a new hashed name and writes the
    // page anew to name it (with its integrity hash); the server is restarted on the new files.
    const oldCss = readdirSync(dist).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
    if (!oldCss) throw new Error(`no style sheet in ${dist}`);
    const css = `${readFileSync(path.join(dist, oldCss), 'utf8')}\nbody { outline: 3px solid rgb(1, 2, 3); }\n`;
    const newCss = 'style-0123456789abcdef.css';
    writeFileSync(path.join(dist, newCss), css);
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    const index = readFileSync(path.join(dist, 'index.html'), 'utf8')
      .replaceAll(oldCss, newCss)
      .replace(/(href="\/style-0123456789abcdef\.css" integrity=")[^"]*/, `$1${integrity}`);
    expect(index).toContain(integrity);
    writeFileSync(path.join(dist, 'index.html'), index);
    await server.restart();

    await sim.open('austin-fy2017');
    await expect(page.locator('body')).toHaveCSS('outline-color', 'rgb(1, 2, 3)');
    const names = (await loaded(page)).files.map((f) => f.name);
    expect(names).toContain(`/${newCss}`);
    expect(names).not.toContain(`/${oldCss}`);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});
