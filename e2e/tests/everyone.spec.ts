// Right after sending, a resident sees "You and everyone so far": per line their choice, the median
// and the aggregate of everyone (a chart, a table, a sentence a line), equal to what this test
// computes itself from the stored submissions; below the threshold, the panel says the figures
// will come later and the endpoint reveals nothing.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { expectedFigures, dollars } from '../fixtures/results';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');

const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-everyone-budgets-'));
      writeFileSync(path.join(budgets, 'town.toml'), town);
      writeFileSync(path.join(budgets, 'quiet.toml'), town.replace('id = "town"', 'id = "quiet"'));
      const server = await startServer(budgets);
      // Thirty residents of the town (the threshold is the default, 20), each balanced at $100.
      for (let k = 0; k < 30; k++) {
        const parks = ((k * 7) % 11) * 10_00;
        await server.submit('town', {
          id: `00000000-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
          allocation: { parks, roads: 100_00 - parks },
          comment: `private comment ${k}`,
          answers: { ward: k % 2 ? 'north' : 'south' },
        });
      }
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

test('after sending, a resident sees their choice beside the median and the aggregate of everyone', async ({ page, server }) => {
  const simulator = new SimulatorPage(page);
  await simulator.open('town');
  await simulator.nudge('Parks', 3); // $90
  await simulator.nudge('Roads', -3); // $10
  await simulator.submitButton.click();
  await expect(simulator.summary).toBeVisible();

  const panel = page.getByRole('region', { name: 'You and everyone so far' });
  await expect(panel).toContainText('31 residents have sent a budget');
  const stored = server.submissions('town');
  expect(stored).toHaveLength(31);
  const expected = expectedFigures(stored, ['parks', 'roads']);
  const table = panel.getByRole('table', { name: 'Each line: your choice, the median and the aggregate of everyone' });
  await expect(table.getByRole('columnheader')).toHaveText(['Line', 'You', 'Median', 'Aggregate']);
  const yours: Record<string, number> = { parks: 90_00, roads: 10_00 };
  for (const [label, id] of [['Parks', 'parks'], ['Roads', 'roads']]) {
    const [median, aggregate] = expected.get(id)!;
    await expect(table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell')).toHaveText([
      dollars(yours[id]),
      dollars(median),
      dollars(aggregate),
    ]);
    const more = yours[id] > median ? 'more than most residents did' : yours[id] < median ? 'less than most residents did' : 'the same as the median resident';
    await expect(panel.getByRole('listitem').filter({ hasText: label })).toHaveText(`You gave ${label} ${more}.`);
  }
  // The chart is drawn (its text equivalent is the table above).
  const canvas = panel.locator('canvas');
  await expect(canvas).toHaveAttribute('aria-hidden', 'true');
  expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The endpoint itself holds aggregates only: no comment, answer or id of anyone.
  const text = await (await fetch(`${server.url}/api/budgets/town/results`)).text();
  for (const leak of ['private comment', 'north', 'south', '00000000-0000']) expect(text).not.toContain(leak);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('region', { name: 'Vous et tout le monde jusqu’ici' })).toContainText(
    '31 résidents ont envoyé un budget',
  );
});

test('below the threshold, the panel says results come later and the endpoint reveals nothing', async ({ page, server }) => {
  const simulator = new SimulatorPage(page);
  await simulator.open('quiet');
  await simulator.nudge('Parks', 1);
  await simulator.nudge('Roads', -1);
  await simulator.submitButton.click();
  const panel = page.getByRole('region', { name: 'You and everyone so far' });
  await expect(panel.getByRole('status')).toHaveText(
    "Everyone's choices will appear here once 20 residents have sent a budget, so that no one's own choice can be picked out.",
  );
  await expect(panel.getByRole('table')).toHaveCount(0);
  expect(server.submissions('quiet')).toHaveLength(1);
  const body = await (await fetch(`${server.url}/api/budgets/quiet/results`)).json();
  expect(body).toEqual({ status: 'below_threshold', lines: [] });
});
