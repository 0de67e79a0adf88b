// axe-core finds no WCAG 2.1 A/AA violation on the simulator with a draft in progress.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the simulator with a draft in progress has no WCAG 2.1 A/AA violations', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  await sim.nudge('City property tax rate', 2);
  await sim.nudge('Roads, sidewalks and snow clearing', -10);
  await sim.comment('Safety and streets').fill('Fewer potholes, please.');
  await page.getByLabel(/^How old are you\?/).selectOption({ label: '25 to 44' });
  // Unbalanced: the submit button carries its reason; a consequence is showing.
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.consequence')).not.toHaveCount(0);
  await sim.shareUrl();
  // Every chart's table open (the overview's and the lines chart's), and the balancing preview.
  for (const summary of await page.locator('details.chart-table summary').all()) await summary.click();
  await page.getByRole('button', { name: 'Balance it for me' }).click();
  await expect(page.getByRole('region', { name: 'What “Balance it for me” would change' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the shared, read-only view and the French page have no WCAG 2.1 A/AA violations', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017', '?lang=fr#a=3.0.0.0.-2.0.0.-10.0.0');
  await expect(page.getByRole('button', { name: 'Partir de ce budget' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
