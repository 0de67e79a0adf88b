// A budget of projects: a resident chooses projects with the keyboard alone, the ballot's rule
// (the money available, or the points to give) refuses a choice that breaks it with the reason
// beside the project, and the ballot stored is the one chosen; the page speaks French, fits a
// 360 px phone and has no WCAG 2.1 A/AA violation; an officer reads greedy's and the Method of
// Equal Shares' outcomes of seeded ballots, computed by hand below.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { DashboardPage } from '../fixtures/dashboard';
import { ProjectsPage, parksideBallots, parksideWith } from '../fixtures/projects';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const nbsp = '\u00a0';

// A server of its own, publishing Parkside (approval within €100,000), the same projects with 10
// points to spread (at most 5 on one), and Parkside again for the officer's seeded ballots.
const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-projects-budgets-'));
      writeFileSync(path.join(budgets, 'parkside.toml'), parksideWith('parkside'));
      writeFileSync(
        path.join(budgets, 'parkside-points.toml'),
        parksideWith('parkside-points', '{ type = "cumulative", points = 10, max_per_project = 5 }'),
      );
      writeFileSync(path.join(budgets, 'parkside-vote.toml'), parksideWith('parkside-vote'));
      const server = await startServer(budgets);
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function lastStored(server: PbsimServer, budget: string): unknown {
  const stored = server.submissions(budget);
  return (stored[stored.length - 1].submission as { projects?: unknown }).projects;
}

test('a budget of projects downloads its own page, not the simulator of budgets of lines', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  const p = new ProjectsPage(page);
  await p.open('parkside');
  await expect(p.rule).toHaveText('Choose projects costing €100,000 or less in all.');
  // One wasm, the projects page's build (dist/projects/), never the residents' simulator.
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/projects\/pbsim-projects-[0-9a-f]+_bg\.wasm$/);
});

test('a resident chooses projects with the keyboard alone, cannot exceed the money available, and sends them', async ({ page, server }) => {
  const p = new ProjectsPage(page);
  await p.open('parkside');
  await expect(p.rule).toHaveText('Choose projects costing €100,000 or less in all.');
  await expect(page.getByText('Twenty trees around the market square.')).toBeVisible();
  await expect(p.submitButton).toHaveAttribute('aria-disabled', 'true');
  await expect(p.submitButton).toContainText('Choose at least one project.');

  await p.tabTo(p.project('Shade trees on the square'), 40);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(p.project('Cycle lane to the school')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(p.spent).toHaveText('Your projects cost €100,000 of the €100,000 available: €0 is left.');
  // A third project would cost €140,000: refused, with the reason beside it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(p.project('A playground by the river')).not.toBeChecked();
  await expect(p.refusal('A playground by the river')).toHaveText(
    'With this project your choice would cost €140,000, more than the €100,000 available.',
  );
  await expect(p.spent).toHaveText('Your projects cost €100,000 of the €100,000 available: €0 is left.');
  await expect(p.submitButton).toHaveAttribute('aria-disabled', 'false');

  // Unchecking one makes room again.
  await p.tabTo(p.project('Cycle lane to the school'), 40);
  await page.keyboard.press('Space');
  await p.tabTo(p.project('A playground by the river'));
  await page.keyboard.press('Space');
  await expect(p.project('A playground by the river')).toBeChecked();
  await expect(p.refusal('A playground by the river')).toBeHidden();

  await p.tabTo(p.submitButton);
  await page.keyboard.press('Enter');
  await expect(p.summary).toContainText('Thank you: your budget was received.');
  await expect(p.summary).toContainText('Shade trees on the square: €60,000');
  await expect(p.summary).toContainText('A playground by the river: €40,000');
  expect(lastStored(server, 'parkside')).toEqual({ approved: ['trees', 'playground'] });
});

test('points are spread within the rule, and the draft and the filters keep working', async ({ page, server }) => {
  const p = new ProjectsPage(page);
  await p.open('parkside-points');
  await expect(p.rule).toHaveText('Spread 10 points over the projects you support, at most 5 per project.');
  const trees = p.points('Shade trees on the square');
  await trees.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await expect(trees).toHaveValue('5');
  // Typed over the limit for one project: refused and set back.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('6');
  await expect(p.refusal('Shade trees on the square')).toHaveText('One project may get at most 5 points.');
  await expect(trees).toHaveValue('5');
  await p.tabTo(p.points('Cycle lane to the school'));
  await page.keyboard.type('5');
  await p.tabTo(p.points('A playground by the river'));
  await page.keyboard.press('ArrowUp');
  await expect(p.refusal('A playground by the river')).toHaveText('That would make 11 points, and you have 10 to give.');
  await expect(p.points('A playground by the river')).toHaveValue('0');
  await expect(p.spent).toHaveText('You have given 10 of your 10 points.');

  // The draft survives a reload.
  await page.reload();
  await expect(p.points('Cycle lane to the school')).toHaveValue('5');
  // Filtering by area hides the projects of the other.
  await page.getByLabel('Area').selectOption({ label: 'North' });
  await expect(p.points('Cycle lane to the school')).toBeHidden();
  await expect(p.points('A book box')).toBeVisible();
  await page.getByLabel('Area').selectOption({ label: 'All areas' });

  await p.submitButton.click();
  await expect(p.summary).toContainText('Shade trees on the square: 5 points');
  expect(lastStored(server, 'parkside-points')).toEqual({ points: { trees: 5, lane: 5 } });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the page fits, speaks French, and has no WCAG 2.1 A/AA violations', async ({ page }) => {
    const p = new ProjectsPage(page);
    await p.open('parkside', '?lang=fr');
    await expect(p.rule).toHaveText(`Choisissez des projets qui coûtent 100${nbsp}000${nbsp}€ ou moins en tout.`);
    await p.project('Arbres d’ombrage sur la place').tap();
    await p.project('Piste cyclable vers l’école').tap();
    await p.project('Une boîte à livres').tap();
    await expect(p.refusal('Une boîte à livres')).toHaveText(
      `Avec ce projet, votre choix coûterait 110${nbsp}000${nbsp}€, plus que les 100${nbsp}000${nbsp}€ disponibles.`,
    );
    await expect(p.spent).toHaveText(
      `Vos projets coûtent 100${nbsp}000${nbsp}€ sur les 100${nbsp}000${nbsp}€ disponibles : il reste 0${nbsp}€.`,
    );
    await expect(page.getByLabel('Catégorie')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
  });
});

test('an officer sees who wins under greedy and under the Method of Equal Shares', async ({ page, server }) => {
  // €100,000; trees €60,000, lane €40,000, playground €40,000, books €10,000.
  // Six ballots: three approve trees and lane, one trees alone, two the playground.
  // Greedy (most votes first): trees (4), lane (3): €100,000 spent; the playground no longer fits.
  // Equal Shares: each voter has €100,000 / 6 ≈ €16,667. Trees' four supporters pay €15,000 each
  // (€0.25 per euro of the project, the cheapest), and are left with €1,667: the lane's three
  // cannot pay €40,000, nor can the playground's two (€33,333). Only trees: €40,000 left unspent.
  // Completed by Add1: at €20,000 a voter the playground's two pay for it after trees, which fits
  // the real €100,000 exactly: trees and the playground.
  const ballots = parksideBallots;
  for (const [k, approved] of ballots.entries()) {
    await server.submit('parkside-vote', { id: `00000000-0000-4000-8000-0000000002${k + 10}`, projects: { approved } });
  }
  server.addOfficer('olga', 'a long password');
  const dashboard = new DashboardPage(page);
  await dashboard.open('parkside-vote');
  await dashboard.logIn('olga', 'a long password');
  await expect(dashboard.count).toHaveText('6 of 6 submissions');
  const byProject = page.getByRole('table', { name: 'Each project under each rule' });
  await expect(byProject.getByRole('columnheader')).toHaveText([
    'Project', 'Cost', 'Votes', 'Greedy', 'Equal Shares', 'Equal Shares + Add1',
  ]);
  const cells = (title: string) => byProject.getByRole('row', { name: new RegExp(`^${title}`) }).getByRole('cell');
  await expect(cells('Shade trees on the square')).toHaveText(['€60,000', '4', 'Funded', 'Funded', 'Funded']);
  await expect(cells('Cycle lane to the school')).toHaveText(['€40,000', '3', 'Funded', 'Not funded', 'Not funded']);
  await expect(cells('A playground by the river')).toHaveText(['€40,000', '2', 'Not funded', 'Not funded', 'Funded']);
  await expect(cells('A book box')).toHaveText(['€10,000', '0', 'Not funded', 'Not funded', 'Not funded']);
  const byRule = page.getByRole('table', { name: 'The money each rule spends' });
  const rule = (name: string) =>
    byRule.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  await expect(rule('Greedy')).toHaveText(['Shade trees on the square, Cycle lane to the school', '€100,000', '€0']);
  await expect(rule('Equal Shares')).toHaveText(['Shade trees on the square', '€60,000', '€40,000']);
  await expect(rule('Equal Shares + Add1')).toHaveText(['Shade trees on the square, A playground by the river', '€100,000', '€0']);
  expect(await violations(page)).toEqual([]);
});
