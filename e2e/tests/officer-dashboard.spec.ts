// A finance officer logs in, reads the results of a seeded set of submissions, filters and weights
// them, searches the comments, and downloads them as CSV and XLSX; without logging in, every
// officers' route answers 401.
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { DashboardPage } from '../fixtures/dashboard';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// A server of its own, publishing the small "town" budget (it asks residents for their ward).
const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer(path.join(__dirname, '..', 'fixtures', 'budgets'));
      server.addOfficer('alice', 'a long password');
      // Parks' shares: 60 %, 80 %, 80 % in the north, 20 % in the south (half the population each).
      const residents: [number, string, string][] = [
        [60_00, 'north', 'Keep the parks as they are'],
        [80_00, 'north', '=HYPERLINK("http://evil.example","click")'],
        [80_00, 'north', 'More trees in the parks'],
        [20_00, 'south', 'Fix the ROADS first'],
      ];
      for (const [k, [parks, ward, comment]] of residents.entries()) {
        await server.submit('town', {
          id: `00000000-0000-4000-8000-00000000000${k + 1}`,
          allocation: { parks, roads: 100_00 - parks },
          answers: { ward },
          comment,
        });
      }
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

/** The files inside an XLSX workbook (a zip), read with Python's zipfile. */
function xlsxText(file: string): string {
  return execFileSync(
    'python3',
    ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print("".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml")))', file],
    { encoding: 'utf8' },
  );
}

test('an officer reads the results, filters and weights them, and downloads CSV and XLSX', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open('town');
  await dashboard.logIn('alice', 'not the password');
  await expect(dashboard.loginError).toHaveText('Wrong username or password.');
  await dashboard.logIn('alice', 'a long password');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results: Town');
  await expect(dashboard.count).toHaveText('4 of 4 submissions');
  const parks = dashboard.line('Parks');
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /^Parks: This year 60.0%, Mean 60.0%, Median 70.0%/);
  await expect(parks).toContainText('Independent markets');
  await expect(parks).toContainText('50% raised, 25% lowered, 25% kept');

  // Weighted by ward, the south's one resident counts for half the town: the mean falls to 46.7 %.
  await dashboard.weight(true);
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /Mean 46.7%/);
  await dashboard.weight(false);
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /Mean 60.0%/);

  // The comments, searched in any case.
  await expect(dashboard.commentCount).toHaveText('4 comments');
  await dashboard.searchComments('roads');
  await expect(dashboard.commentCount).toHaveText('1 comments');
  await expect(dashboard.comments()).toHaveText([/Fix the ROADS first/]);
  await dashboard.searchComments('');

  // Everything, downloaded as CSV: a row per submission, formulas neutralised.
  const csvFile = await (await dashboard.download('Download CSV')).path();
  const csv = readFileSync(csvFile!, 'utf8').trim().split('\n');
  expect(csv[0]).toBe('submission,received_at,locale,parks,roads,answer:ward,comment:all,comment');
  expect(csv).toHaveLength(5);
  // Every text cell quoted (a `;` spreadsheet cannot split one), formulas neutralised.
  expect(csv.some((row) => row.endsWith(',8000,2000,"north","","\'=HYPERLINK(""http://evil.example"",""click"")"'))).toBe(true);

  // Filtered to the south: one submission on the page and in the workbook.
  await dashboard.filter('Ward?', 'South');
  await expect(dashboard.count).toHaveText('1 of 4 submissions');
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /Median 20.0%/);
  const xlsx = xlsxText((await (await dashboard.download('Download Excel (XLSX)')).path())!);
  expect(xlsx).toContain('Fix the ROADS first');
  expect(xlsx).not.toContain('More trees in the parks');

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Officers’ login' })).toBeVisible();
});

test('without logging in, every officers’ route answers 401 and shows no submission', async ({ request, page }) => {
  for (const route of [
    '/api/admin/me',
    '/api/admin/budgets/town/report',
    '/api/admin/budgets/town/comments',
    '/api/admin/budgets/town/export/csv',
    '/api/admin/budgets/town/export/xlsx',
    '/api/admin/budgets/town/export/json',
  ]) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(401);
    expect(await response.text()).not.toContain('ROADS');
  }
  await page.goto('/admin/town');
  await expect(page.getByRole('heading', { name: 'Officers’ login' })).toBeVisible();
  await expect(page.getByText('Fix the ROADS first')).toHaveCount(0);
});
