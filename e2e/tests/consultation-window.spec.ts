// A consultation with dates: before it opens the page says when it will, while it is open it says
// until when, and after it closes it shows everyone's results instead of the sliders; a budget
// sent outside the window is refused in the API's error format and nothing is stored.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { expectedFigures, dollars } from '../fixtures/results';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');

/** The town budget under another id, with extra tables. */
function townAs(id: string, extra: string): string {
  return town.replace('id = "town"', `id = "${id}"`) + '\n' + extra + '\n';
}

const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-window-budgets-'));
      writeFileSync(path.join(budgets, 'soon.toml'), townAs('soon', '[consultation]\nopens = 2999-01-10T09:00:00-05:00'));
      writeFileSync(
        path.join(budgets, 'open.toml'),
        townAs('open', '[consultation]\nopens = 2020-01-01T00:00:00Z\ncloses = 2999-02-10T17:00:00-06:00'),
      );
      const server = await startServer(budgets);
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

function submission(k: number, parks: number): object {
  return { id: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`, allocation: { parks, roads: 100_00 - parks } };
}

async function post(server: PbsimServer, budget: string, body: object): Promise<{ status: number; json: any }> {
  const response = await fetch(`${server.url}/api/budgets/${budget}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

test('before it opens, the page says when it will and a budget sent anyway is refused', async ({ page, server }) => {
  await page.goto('/b/soon');
  await expect(page.getByRole('heading', { level: 1, name: 'Town' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    'This consultation opens on January 10, 2999, 9:00 a.m. (UTC−05:00). Come back then to set your budget.',
  );
  await expect(page.getByRole('slider')).toHaveCount(0);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Cette consultation ouvre le 10 janvier 2999 à 9 h 00 (UTC−05:00). Revenez à ce moment-là pour établir votre budget.',
  );

  const refused = await post(server, 'soon', submission(1, 60_00));
  expect(refused.status).toBe(403);
  expect(refused.json.error).toBe('not_open_yet');
  expect(server.submissions('soon')).toHaveLength(0);
});

test('while it is open, the page says until when and takes budgets', async ({ page }) => {
  const simulator = new SimulatorPage(page);
  await simulator.open('open');
  await expect(page.getByText('You can send your budget until February 10, 2999, 5:00 p.m. (UTC−06:00).')).toBeVisible();
  await simulator.nudge('Parks', 1);
  await simulator.nudge('Roads', -1);
  await simulator.submitButton.click();
  await expect(simulator.summary).toBeVisible();
});

test('after it closes, the page shows the results instead of the sliders and refuses budgets', async ({ page }) => {
  // A server of this test's own, whose budget closes a few seconds after it starts: the test stores
  // budgets, then waits for the close.
  const closesAt = new Date(Date.now() + 8_000);
  const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-closing-budgets-'));
  writeFileSync(
    path.join(budgets, 'closing.toml'),
    townAs('closing', `[consultation]\ncloses = "${closesAt.toISOString()}"\n[results]\npublic = "after_close"\nthreshold = 5`),
  );
  const server = await startServer(budgets);
  try {
    await closedConsultation(page, server, closesAt);
  } finally {
    await server.stop();
    rmSync(budgets, { recursive: true, force: true });
  }
});

async function closedConsultation(page: import('@playwright/test').Page, server: PbsimServer, closesAt: Date) {
  const at = (p: string) => `${server.url}${p}`;
  const parks = [60_00, 80_00, 80_00, 20_00, 100_00, 50_00];
  for (const [k, p] of parks.entries()) {
    const stored = await post(server, 'closing', submission(k + 1, p));
    expect(stored.status).toBe(201);
  }
  // Until the close, the figures are not public (this budget publishes them after it).
  const early = await (await fetch(`${server.url}/api/budgets/closing/results`)).json();
  expect(early).toEqual({ status: 'after_close', lines: [] });
  await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now() + 500));

  await page.goto(at('/b/closing'));
  await expect(page.getByRole('status').first()).toContainText('This consultation closed on');
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Submit my budget/ })).toHaveCount(0);
  const results = page.getByRole('region', { name: 'What residents chose' });
  await expect(results).toContainText('6 residents have sent a budget');
  const expected = expectedFigures(server.submissions('closing'), ['parks', 'roads']);
  const table = results.getByRole('table', { name: 'Each line: your choice, the median and the aggregate of everyone' });
  for (const [label, id] of [['Parks', 'parks'], ['Roads', 'roads']]) {
    const [median, aggregate] = expected.get(id)!;
    await expect(table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell')).toHaveText([
      dollars(median),
      dollars(aggregate),
    ]);
  }

  // The results page says the same, on a phone, and meets WCAG 2.1 AA.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(at('/b/closing/results'));
  await expect(page.getByRole('region', { name: 'What residents chose' }).getByRole('table', { name: 'What residents asked for, line by line, in money against this year' })).toBeVisible();
  await expect(page.getByText(/^This consultation closed on/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download these figures (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`"parks","Parks","Parcs","cents",6000,${expected.get('parks')![0]},${expected.get('parks')![1]}`);

  const refused = await post(server, 'closing', submission(99, 60_00));
  expect(refused.status).toBe(403);
  expect(refused.json.error).toBe('consultation_closed');
  expect(refused.json.message).toContain('nothing was stored');
  expect(server.submissions('closing')).toHaveLength(6);
}
