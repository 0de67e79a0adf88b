// A council pastes pbsim's one-line snippet into its own site (another origin): the simulator
// appears in an iframe that fits its content as the resident works, and the resident completes and
// submits their budget inside it. A site the budget does not list cannot frame it.
import { test as base, expect, Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { PbsimServer, startServer } from '../fixtures/server';
import { CouncilSite, embeddableBudget, snippet } from '../fixtures/council';

interface Sites {
  council: CouncilSite;
  stranger: CouncilSite;
  pbsim: PbsimServer;
}

// One pbsim per worker whose budget lists the council's site (not the stranger's), and both sites
// pasting the same snippet.
const test = base.extend<{}, { sites: Sites }>({
  sites: [
    async ({}, use) => {
      const council = await CouncilSite.start();
      const stranger = await CouncilSite.start();
      const budgets = embeddableBudget([council.origin]);
      const pbsim = await startServer(budgets);
      council.snippet = snippet(pbsim.url, 'town');
      stranger.snippet = snippet(pbsim.url, 'town');
      await use({ council, stranger, pbsim });
      await pbsim.stop();
      await council.stop();
      await stranger.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** The iframe's height on the council's page, in CSS pixels. */
function frameHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((el) => el.getBoundingClientRect().height);
}

/** The simulator's own content height, measured inside the iframe. */
async function contentHeight(page: Page): Promise<number> {
  const frame = page.frames().find((f) => f.url().includes('/embed/town'));
  if (!frame) throw new Error('no simulator frame');
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

test('a resident completes and submits a budget inside a council site, the frame fitting its content', async ({
  page,
  sites,
}) => {
  // Messages of both pages and the frame. (The council's test site has no favicon: its 404 is not
  // a policy violation.)
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  // One column (below 60rem), so the table under the chart adds to the page's height.
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(sites.council.origin + '/');
  await expect(page.getByRole('heading', { name: 'Have your say on the 2026 budget' })).toBeVisible();

  const iframe = page.getByTitle('Budget simulator');
  await expect(iframe).toHaveAttribute('src', `${sites.pbsim.url}/embed/town?parent=${encodeURIComponent(sites.council.origin)}`);
  const sim = page.frameLocator('iframe[title="Budget simulator"]');
  await expect(sim.getByRole('heading', { level: 1, name: 'Town' })).toBeVisible();

  // The frame takes the simulator's height (not the snippet's 600 px to start with), so the
  // resident scrolls the council's page, never a box inside it.
  await expect.poll(async () => Math.round(await frameHeight(iframe))).toBe(await contentHeight(page));
  const start = await frameHeight(iframe);
  expect(start).not.toBe(600);

  // The council's colours, through the theme in the budget file.
  await expect(sim.getByRole('button', { name: 'English' })).toHaveCSS('background-color', 'rgb(31, 78, 61)');

  // Opening the table under the chart makes the content taller: the frame grows; closing it,
  // the frame shrinks back.
  const tableToggle = sim.getByText('Each line against this year — Change');
  await tableToggle.click();
  await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(start + 40);
  await expect.poll(async () => Math.round(await frameHeight(iframe))).toBe(await contentHeight(page));
  await tableToggle.click();
  await expect.poll(() => frameHeight(iframe)).toBe(start);

  // The resident moves money from parks to roads, answers the question and submits.
  const parks = sim.getByRole('slider', { name: 'Parks', exact: true });
  await parks.focus();
  await page.keyboard.press('ArrowLeft');
  const roads = sim.getByRole('slider', { name: 'Roads', exact: true });
  await roads.focus();
  await page.keyboard.press('ArrowRight');
  await expect(sim.getByRole('region', { name: 'Balance' }).getByRole('status')).toHaveText('Your budget is balanced.');
  await sim.getByLabel(/^Ward\?/).selectOption({ label: 'North' });
  await sim.getByRole('button', { name: /^Submit my budget/ }).click();

  const summary = sim.getByRole('region', { name: 'Your budget' });
  await expect(summary).toContainText('Thank you: your budget was received.');
  await expect(summary).toContainText('Parks: $60 → $50 (down $10)');
  // The summary replaces the form: a much shorter page, and the frame follows it down.
  await expect.poll(() => frameHeight(iframe)).toBeLessThan(start - 100);
  await expect.poll(async () => Math.round(await frameHeight(iframe))).toBe(await contentHeight(page));

  const stored = sites.pbsim.submissions('town');
  expect(stored).toHaveLength(1);
  expect(stored[0].submission.allocation).toEqual({ parks: 50_00, roads: 50_00 });
  expect(stored[0].submission.answers).toEqual({ ward: 'north' });

  // Nothing on either page broke the content security policy.
  expect(violations).toEqual([]);
});

test('a site the budget does not list cannot frame the simulator', async ({ page, sites }) => {
  const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  await page.goto(sites.stranger.origin + '/');
  await expect(page.getByRole('heading', { name: 'Have your say on the 2026 budget' })).toBeVisible();
  // The snippet inserted the frame, and the browser refused to show pbsim in it.
  await expect(page.getByTitle('Budget simulator')).toBeAttached();
  expect((await refused).text()).toContain(`'self' ${sites.council.origin}`);
  const sim = page.frameLocator('iframe[title="Budget simulator"]');
  await expect(sim.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(sim.getByRole('slider')).toHaveCount(0);
});

test('a site the budget does not list cannot call its API from the browser', async ({ page, sites }) => {
  await page.goto(sites.stranger.origin + '/');
  const status = await page.evaluate(async (url) => {
    try {
      const response = await fetch(url);
      return `${response.status}`;
    } catch {
      return 'blocked';
    }
  }, `${sites.pbsim.url}/api/budgets/town`);
  // The server answers 403 without CORS headers, so the page cannot even read that status.
  expect(status).toBe('blocked');
  await page.goto(sites.council.origin + '/');
  const allowed = await page.evaluate(async (url) => (await fetch(url)).status, `${sites.pbsim.url}/api/budgets/town`);
  expect(allowed).toBe(200);
});

test('the simulator in the council\'s colours has no WCAG 2.1 A/AA violations', async ({ page, sites }) => {
  await page.goto(`${sites.pbsim.url}/b/town`);
  await expect(page.getByRole('heading', { level: 1, name: 'Town' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveCSS('background-color', 'rgb(31, 78, 61)');
  // Unbalanced, so the disabled submit button and the warning colours are on the page too.
  await page.getByRole('slider', { name: 'Parks', exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: /^Submit my budget/ })).toHaveAttribute('aria-disabled', 'true');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
});
