// A resident's work survives a reload: every slider, comment and answer comes back; after the
// city changes the budget file, what still fits.
import { test, expect, test as base, startServer, PbsimServer } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('reloading the page restores the draft', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  await sim.nudge('City property tax rate', 3);
  await sim.nudge('Libraries', -2);
  await sim.comment('Safety and streets').fill('Plow the sidewalks first.');
  await page.getByLabel(/^Which ward do you live in\?/).selectOption({ label: 'Ward 4' });
  await sim.finalComment.fill('Thanks for asking.');
  await page.getByLabel('Your home’s assessed value, in dollars').fill('650000');
  await page.getByLabel('Your home’s assessed value, in dollars').press('Enter');

  await page.reload();
  await sim.waitForBudget();
  await expect(page.getByText('We kept your work from last time.')).toBeVisible();
  await expect(sim.slider('City property tax rate')).toHaveAttribute('aria-valuetext', '0.1607%, up 0.0047%');
  await expect(sim.slider('Libraries')).toHaveAttribute('aria-valuetext', '$21,000,000, down $1,000,000');
  await expect(sim.comment('Safety and streets')).toHaveValue('Plow the sidewalks first.');
  await expect(page.getByLabel(/^Which ward do you live in\?/)).toHaveValue('4');
  await expect(sim.finalComment).toHaveValue('Thanks for asking.');
  await expect(page.getByLabel('Your home’s assessed value, in dollars')).toHaveValue('650000');
  // Three steps of 1 % on a $650,000 home: 650,000 × 0.004680 % = $30.42 a year.
  await expect(page.locator('.household-sentence')).toHaveText(
    'For a home assessed at $650,000, the City part of the tax bill goes up by $30.42 a year: from $1,014.16 to $1,044.58.',
  );
});

// The city changes its budget file between two visits: the resident's draft is fitted to the new
// version, and a stored draft the page cannot use gives way to a fresh one that submits.
const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');
/** Version 1: the town budget with a library line too (at $0, so it still balances). */
const withLibrary = town.replace(
  '[[questions]]',
  '[[sections.lines]]\nid = "library"\nlabel = { en = "Library", fr = "Bibliothèque" }\nbaseline = 0\nmin = 0\nmax = 50_00\nstep = 10_00\n\n[[questions]]',
);
/** Version 2: no library line, and parks capped at $70 instead of $100. */
const narrowed = town.replace('baseline = 60_00\nmin = 0\nmax = 100_00', 'baseline = 60_00\nmin = 0\nmax = 70_00');

const changing = base.extend<{ baseURL: string }, { budgetsDir: string; townServer: PbsimServer }>({
  budgetsDir: [
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pbsim-draft-budgets-'));
      writeFileSync(path.join(dir, 'town.toml'), town);
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  townServer: [
    async ({ budgetsDir }, use) => {
      const server = await startServer(budgetsDir);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ townServer }, use) => {
    await use(townServer.url);
  },
});

/** Publishes `toml` as the town budget: the server reads budget files when it starts. */
async function publish(server: PbsimServer, budgetsDir: string, toml: string): Promise<void> {
  writeFileSync(path.join(budgetsDir, 'town.toml'), toml);
  await server.restart();
}

changing('a draft made on the last version of the budget keeps what still fits', async ({ page, townServer, budgetsDir }) => {
  // (The two versions really differ from town.toml: its text is what they replace.)
  expect(withLibrary).toContain('id = "library"');
  expect(narrowed).toContain('max = 70_00');
  await publish(townServer, budgetsDir, withLibrary);
  const sim = new SimulatorPage(page);
  await sim.open('town');
  await sim.nudge('Parks', 2);
  await sim.nudge('Roads', -1);
  await sim.nudge('Library', 1);
  await page.getByLabel(/^Ward\?/).selectOption({ label: 'North' });
  await sim.finalComment.fill('Keep the library open.');
  await expect(sim.slider('Parks')).toHaveAttribute('aria-valuetext', '$80, up $20');

  // The city removes the library line and caps parks at $70.
  await publish(townServer, budgetsDir, narrowed);
  await page.reload();
  await sim.waitForBudget();
  await expect(page.getByText('We kept your work from last time.')).toBeVisible();
  // $80 is no longer a value parks can take: back to this year's; roads keep the resident's $30.
  await expect(sim.slider('Parks')).toHaveAttribute('aria-valuetext', '$60, unchanged');
  await expect(sim.slider('Roads')).toHaveAttribute('aria-valuetext', '$30, down $10');
  await expect(page.getByRole('slider')).toHaveCount(2);
  await expect(page.getByLabel(/^Ward\?/)).toHaveValue('north');
  await expect(sim.finalComment).toHaveValue('Keep the library open.');

  // The fitted draft submits on the new version: no trace of the removed line.
  await sim.nudge('Parks', 1);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  const stored = townServer.submissions('town');
  expect(stored.at(-1)!.submission.allocation).toEqual({ parks: 70_00, roads: 30_00 });
  expect(stored.at(-1)!.submission.answers).toEqual({ ward: 'north' });
  expect(stored.at(-1)!.submission.comment).toBe('Keep the library open.');
});

for (const [what, spoil] of [
  ['unreadable JSON', (_draft: string) => '{"id": "0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10", "allocation": {"parks": 80'],
  ['an id that is not a UUID', (draft: string) => draft.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/, 'not-a-uuid')],
] as const) {
  changing(`a stored draft with ${what} gives way to a fresh one that submits`, async ({ page, townServer, budgetsDir }) => {
    await publish(townServer, budgetsDir, town);
    const sim = new SimulatorPage(page);
    await sim.open('town');
    await sim.nudge('Parks', 2);
    await expect(sim.slider('Parks')).toHaveAttribute('aria-valuetext', '$80, up $20');
    const key = 'pbsim:draft:town';
    // The draft is written in the task after the change.
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain('8000');
    const draft = (await page.evaluate((k) => localStorage.getItem(k), key))!;
    const spoilt = spoil(draft);
    expect(spoilt).not.toBe(draft);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, spoilt]);

    await page.reload();
    await sim.waitForBudget();
    await expect(sim.slider('Parks')).toHaveAttribute('aria-valuetext', '$60, unchanged');
    await expect(page.getByText('We kept your work from last time.')).toHaveCount(0);
    const before = townServer.submissions('town').length;
    await sim.nudge('Parks', 1);
    await sim.nudge('Roads', -1);
    await sim.submitButton.click();
    await expect(sim.summary).toContainText('Thank you: your budget was received.');
    const stored = townServer.submissions('town');
    expect(stored).toHaveLength(before + 1);
    expect(stored.at(-1)!.id).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(stored.at(-1)!.submission.allocation).toEqual({ parks: 70_00, roads: 30_00 });
  });
}
