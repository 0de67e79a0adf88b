// An officer writes the council's response in the dashboard (a general text and a note on a line,
// in English and French), previews it and publishes it; markup is refused and nothing is stored;
// residents read the published response on the results page, in English and in French.
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { DashboardPage } from '../fixtures/dashboard';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const town = readFileSync(path.join(__dirname, '..', 'fixtures', 'budgets', 'town.toml'), 'utf8');

const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-response-budgets-'));
      writeFileSync(path.join(budgets, 'town.toml'), town);
      const server = await startServer(budgets);
      server.addOfficer('alice', 'a long password');
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

test('an officer publishes the response and residents read it in English and French', async ({ page, server }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open('town');
  await dashboard.logIn('alice', 'a long password');
  const form = page.getByRole('region', { name: 'Council’s response' });
  await expect(form).toBeVisible();

  // Markup is refused, with the field named, and nothing is published.
  await form.getByLabel('What the council heard and will do (English)').fill('<script>alert(1)</script>');
  await form.getByLabel('What the council heard and will do (French)').fill('Nous vous avons entendus.');
  await form.getByRole('button', { name: 'Publish the response' }).click();
  await expect(form.getByRole('status')).toContainText('general.en: holds markup');
  expect((await fetch(`${server.url}/api/budgets/town/response`)).status).toBe(404);

  await form
    .getByLabel('What the council heard and will do (English)')
    .fill('Thank you: 31 residents took part.\n\nThe full plan is at https://example.ca/plan.');
  await form
    .getByLabel('What the council heard and will do (French)')
    .fill('Merci : 31 résidents ont participé.\n\nLe plan complet est à https://example.ca/plan.');
  await form.getByLabel('Parks — note (English)').fill('Funded: +$10 for parks in 2027');
  await form.getByLabel('Parks — note (French)').fill('Financé : +10 $ pour les parcs en 2027');
  await form.getByRole('button', { name: 'Preview' }).click();
  await expect(form.getByRole('heading', { name: 'Preview (English)' })).toBeVisible();
  await expect(form.getByText('Thank you: 31 residents took part.')).toBeVisible();
  await form.getByRole('button', { name: 'Publish the response' }).click();
  await expect(form.getByRole('status')).toContainText(/^Published \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);

  await page.goto('/b/town/results');
  const response = page.getByRole('region', { name: 'What the council says' });
  await expect(response.getByText('Thank you: 31 residents took part.')).toBeVisible();
  await expect(response.getByRole('link', { name: 'https://example.ca/plan' })).toHaveAttribute('href', 'https://example.ca/plan');
  await expect(response.getByRole('listitem')).toHaveText('Parks: Funded: +$10 for parks in 2027');
  await page.getByRole('button', { name: 'Français' }).click();
  const reponse = page.getByRole('region', { name: 'Ce que dit le conseil' });
  await expect(reponse.getByText('Merci : 31 résidents ont participé.')).toBeVisible();
  await expect(reponse.getByRole('listitem')).toHaveText('Parcs: Financé : +10 $ pour les parcs en 2027');
});
