// The results page and the officers' dashboard lead with one overview of every line: the change
// residents asked for in money against this year (the aggregate and the median), largest first,
// with the shares a click away. Its figures equal what this test computes itself from the stored
// submissions; the results page passes axe and fits a 360 px phone; the dashboard's overview uses
// the width of a desktop screen.
import AxeBuilder from '@axe-core/playwright';
import { Locator, Page } from '@playwright/test';
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { DashboardPage } from '../fixtures/dashboard';
import { dollars, expectedFigures } from '../fixtures/results';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');
const LINES: [string, string, number][] = [
  ['Parks', 'parks', 60_00],
  ['Roads', 'roads', 40_00],
];
const CAPTION = 'What residents asked for, line by line, in money against this year';

const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-overview-budgets-'));
      writeFileSync(path.join(budgets, 'town.toml'), town);
      const server = await startServer(budgets);
      server.addOfficer('alice', 'a long password');
      // Thirty residents (the threshold is 20), each balanced at $100, most giving parks more.
      for (let k = 0; k < 30; k++) {
        const parks = [30, 70, 80, 80, 90][k % 5] * 1_00 - (k % 4 === 0 ? 20_00 : 0);
        await server.submit('town', {
          id: `00000000-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
          allocation: { parks, roads: 100_00 - parks },
        });
      }
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** A change in whole dollars as the page writes it: +$15, -$15, 0. */
function change(cents: number): string {
  if (cents === 0) return '0';
  const body = dollars(Math.abs(cents));
  return body === '$0' ? body : (cents > 0 ? '+' : '-') + body;
}

/** Per line, largest change first: [label, this year, aggregate's change, median's change, aggregate]. */
function expectedRows(server: PbsimServer): [string, string, string, string, number][] {
  const stored = server.submissions('town');
  expect(stored).toHaveLength(30);
  const figures = expectedFigures(stored, LINES.map(([, id]) => id));
  const rows = LINES.map(([label, id, baseline]) => {
    const [median, aggregate] = figures.get(id)!;
    return { label, baseline, median, aggregate, size: Math.abs(aggregate - baseline) };
  });
  // Sorted by size; Array.sort is stable, so equal changes keep the budget's order.
  rows.sort((a, b) => b.size - a.size);
  return rows.map((r) => [r.label, dollars(r.baseline), change(r.aggregate - r.baseline), change(r.median - r.baseline), r.aggregate]);
}

async function expectOverview(table: Locator, rows: [string, string, string, string, number][]): Promise<void> {
  await expect(table.getByRole('columnheader')).toHaveText(['Line', 'This year', 'Aggregate: change', 'Median: change']);
  await expect(table.getByRole('row').filter({ has: table.page().getByRole('rowheader') })).toHaveText(
    rows.map(([label, thisYear, aggregate, median]) => `${label}${thisYear}${aggregate}${median}`),
  );
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('the results page leads with every line in money, equal to the stored submissions’ aggregate', async ({ page, server }) => {
  const rows = expectedRows(server);
  // The figures move: the aggregate gives parks $6.67 more than this year, the median $10.
  expect(rows.map((r) => r.slice(0, 4))).toEqual([
    ['Parks', '$60', '+$7', '+$10'],
    ['Roads', '$40', '-$7', '-$10'],
  ]);
  await page.goto('/b/town/results');
  const results = page.getByRole('region', { name: 'What residents chose' });
  const overview = results.getByRole('table', { name: CAPTION });
  await expectOverview(overview, rows);
  // The chart is drawn, hidden from screen readers (the table is its text equivalent).
  const canvas = results.getByRole('figure', { name: CAPTION }).locator('canvas');
  await expect(canvas).toHaveAttribute('aria-hidden', 'true');
  expect(await canvas.evaluate((c: HTMLCanvasElement) => c.height)).toBeGreaterThan(0);

  // The shares, a keypress away.
  const shares = results.getByRole('table', { name: 'Show as shares of spending' });
  await expect(shares).toBeHidden();
  await results.getByText('Show as shares of spending', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(shares).toBeVisible();
  const parks = shares.getByRole('row', { name: /^Parks/ }).getByRole('cell');
  await expect(parks.first()).toHaveText('60.00%');
  const aggregate = rows.find(([label]) => label === 'Parks')![4];
  const share = parseFloat((await parks.nth(1).innerText()).replace('%', ''));
  expect(Math.abs(share - aggregate / 100)).toBeLessThan(0.011); // of a $100 total, a dollar is a percent

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expectOverview(page.getByRole('table', { name: CAPTION }), rows);
  await noSidewaysScroll(page);
});

test('the dashboard leads with the same overview, across a desktop screen', async ({ page, server }) => {
  const rows = expectedRows(server);
  await page.setViewportSize({ width: 1280, height: 900 });
  const dashboard = new DashboardPage(page);
  await dashboard.open('town');
  await dashboard.logIn('alice', 'a long password');
  const section = page.getByRole('region', { name: 'Overview: every line in money' });
  await expectOverview(section.getByRole('table', { name: CAPTION }), rows);
  // Each line's article says its figures in money too.
  const parks = rows.find(([label]) => label === 'Parks')!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(dashboard.line('Parks').getByText(/^In money:/)).toHaveText(
    new RegExp(`^In money: Independent markets ${escape(`${dollars(parks[4])} (${parks[2]})`)}, Median `),
  );

  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const figure = section.getByRole('figure', { name: CAPTION });
    await expect.poll(async () => (await figure.boundingBox())!.width).toBeGreaterThan(width * 0.85);
    // The lines sit side by side.
    const [a, b] = [await dashboard.line('Parks').boundingBox(), await dashboard.line('Roads').boundingBox()];
    expect(a!.y).toBe(b!.y);
    await noSidewaysScroll(page);
  }

  // With the aggregate's 95 % intervals asked for, each holds the aggregate.
  await page.getByRole('checkbox', { name: /Show 95% intervals/ }).check();
  const table = section.getByRole('table', { name: CAPTION });
  await expect(table.getByRole('columnheader')).toHaveText(['Line', 'This year', 'Aggregate: change', 'Median: change', 'Aggregate: 95% interval']);
  for (const [label, , , , aggregate] of rows) {
    const text = await table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').last().innerText();
    const [lo, hi] = text.split(' – ').map((d) => parseInt(d.replace(/[$,]/g, ''), 10) * 100);
    expect(lo).toBeLessThanOrEqual(Math.round(aggregate / 100) * 100);
    expect(hi).toBeGreaterThanOrEqual(Math.round(aggregate / 100) * 100);
  }

  // On a phone, the dashboard is one column and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(section.getByRole('table', { name: CAPTION })).toBeVisible();
  await noSidewaysScroll(page);
});
