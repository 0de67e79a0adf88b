// Changing one's mind until the close: the receipt gives a private link; opened on another device
// it loads the budget that was sent into the sliders, and sending it again replaces that budget.
// The officers' JSON export then holds the new budget only, and the report counts the resident once.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, startServer, PbsimServer, pbsimBin } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');

const test = base.extend<{}, { server: PbsimServer; budgets: string }>({
  budgets: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-edit-budgets-'));
      writeFileSync(path.join(budgets, 'town.toml'), town);
      await use(budgets);
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  server: [
    async ({ budgets }, use) => {
      const server = await startServer(budgets);
      // Two other residents: $30 and $50 on parks.
      for (const [k, parks] of [[1, 30_00], [2, 50_00]]) {
        await server.submit('town', {
          id: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
          allocation: { parks, roads: 100_00 - parks },
        });
      }
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

/** `pbsim report --format json` of the town, as an officer prints it. */
function report(server: PbsimServer, budgets: string): { total_submissions: number; lines: { id: string; mean_value: number }[] } {
  const out = execFileSync(
    pbsimBin,
    ['report', '--budget', 'town', '--budgets', budgets, '--database-url', server.databaseUrl, '--format', 'json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

test('a resident changes their budget through the private link, and is counted once with the new one', async ({
  page,
  browser,
  server,
  budgets,
}) => {
  const simulator = new SimulatorPage(page);
  await simulator.open('town');
  await simulator.nudge('Parks', 2); // $80
  await simulator.nudge('Roads', -2); // $20
  await simulator.finalComment.fill('More parks, please.');
  await simulator.submitButton.click();
  await expect(simulator.summary).toBeVisible();

  const link = simulator.summary.getByRole('textbox', {
    name: 'Your private link to change this budget until the consultation closes',
  });
  const url = await link.inputValue();
  expect(url).toMatch(/\/b\/town#edit=[0-9a-f]{32}$/);
  await expect(simulator.summary).toContainText('If you lose it, it cannot be recovered');
  await simulator.summary.getByRole('button', { name: 'Copy the link' }).click();
  await expect(simulator.summary.getByText('Link copied.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const first = server.submissions('town').find((s) => s.submission.comment === 'More parks, please.');
  expect(first?.submission.allocation).toEqual({ parks: 80_00, roads: 20_00 });
  // The secret was never stored, in the body or anywhere an export reaches.
  const secret = url.split('#edit=')[1];
  expect(JSON.stringify(server.submissions('town'))).not.toContain(secret);

  // Later, on another device: the link opens the budget that was sent.
  const other = await browser.newContext({ baseURL: server.url });
  const later = new SimulatorPage(await other.newPage());
  await later.page.goto(url);
  await later.waitForBudget();
  await expect(later.page.getByRole('status').filter({ hasText: 'You are changing the budget you sent on' })).toBeVisible();
  await expect(later.slider('Parks')).toHaveAttribute('aria-valuetext', /^\$80/);
  await expect(later.slider('Roads')).toHaveAttribute('aria-valuetext', /^\$20/);
  await expect(later.finalComment).toHaveValue('More parks, please.');
  // The secret leaves the address bar once the budget is loaded.
  expect(new URL(later.page.url()).hash).toBe('');
  const changing = await new AxeBuilder({ page: later.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(changing.violations.map((v) => v.id)).toEqual([]);

  await later.nudge('Parks', -4); // $40
  await later.nudge('Roads', 4); // $60
  await later.submitButton.click();
  await expect(later.summary).toBeVisible();
  await expect(later.summary).toContainText('This budget replaces the one you sent on');
  // The same link keeps working for the latest version.
  expect(await later.summary.getByRole('textbox', { name: /^Your private link/ }).inputValue()).toBe(url);

  // The officers' export holds the new budget, not the old one; the report counts three residents.
  const stored = server.submissions('town');
  expect(stored).toHaveLength(3);
  const mine = stored.filter((s) => s.submission.comment === 'More parks, please.');
  expect(mine.map((s) => s.submission.allocation)).toEqual([{ parks: 40_00, roads: 60_00 }]);
  expect(mine[0].id).not.toBe(first?.id);
  const printed = report(server, budgets);
  expect(printed.total_submissions).toBe(3);
  const parks = printed.lines.find((l) => l.id === 'parks');
  expect(parks?.mean_value).toBeCloseTo((30_00 + 50_00 + 40_00) / 3, 6);

  // A link with a secret nobody was given opens nothing, and says so, in French too.
  const guess = await other.newPage();
  await guess.goto(`/b/town#edit=${'0'.repeat(32)}`);
  await expect(guess.getByRole('alert')).toHaveText(
    'This link opens no budget: check that you copied all of it. Nothing was changed.',
  );
  await guess.getByRole('button', { name: 'Français' }).click();
  await expect(guess.getByRole('alert')).toHaveText(
    'Ce lien n’ouvre aucun budget : vérifiez que vous l’avez copié en entier. Rien n’a été modifié.',
  );
  expect(server.submissions('town')).toHaveLength(3);
  await other.close();
});
