// A budget open to invited residents only: the invitation's link fills in the code, the code works
// once, and a resident without a valid code is told so and nothing is stored.
import { test as base, expect, startServer, pbsimBin, PbsimServer } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A server of its own, publishing the small "town" budget with `require_invite = true`.
const test = base.extend<{}, { server: PbsimServer; budgetsDir: string }>({
  budgetsDir: [
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pbsim-invite-budgets-'));
      const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');
      writeFileSync(path.join(dir, 'town.toml'), `${town}\n[submissions]\nrequire_invite = true\n`);
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  server: [
    async ({ budgetsDir }, use) => {
      const server = await startServer(budgetsDir);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

test('an invited resident submits with the code from their link, and the code works once', async ({ page, browser, server, budgetsDir }) => {
  const [code] = execFileSync(
    pbsimBin,
    ['invite', 'create', '--budget', 'town', '--count', '1', '--budgets', budgetsDir, '--database-url', server.databaseUrl],
    { encoding: 'utf8' },
  ).trim().split('\n');

  const sim = new SimulatorPage(page);
  await sim.open('town', `?invite=${code}`);
  const invite = page.getByRole('textbox', { name: 'Invite code' });
  await expect(invite).toHaveValue(code);
  await sim.nudge('Parks', 1);
  await sim.nudge('Roads', -1);
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  expect(server.submissions('town')).toHaveLength(1);

  // Someone else, without the link: the field is empty, and the server says what is missing.
  const other = new SimulatorPage(await browser.newPage({ baseURL: server.url }));
  await other.open('town');
  const otherInvite = other.page.getByRole('textbox', { name: 'Invite code' });
  await expect(otherInvite).toHaveValue('');
  await other.nudge('Parks', -1);
  await other.nudge('Roads', 1);
  await other.submitButton.click();
  await expect(other.outcome).toContainText('this budget needs an invite code');

  // The code already used is refused; nothing more is stored.
  await otherInvite.fill(code.toLowerCase());
  await other.submitButton.click();
  await expect(other.outcome).toContainText('this invite code is not valid or was already used');
  expect(server.submissions('town')).toHaveLength(1);
});
