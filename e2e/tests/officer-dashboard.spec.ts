// A finance officer logs in, reads the results of a seeded set of submissions, filters and weights
// them, searches the comments, and downloads them as CSV and XLSX; without logging in, every
// officers' route answers 401.
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { DashboardPage } from '../fixtures/dashboard';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixtures = path.join(__dirname, '..', 'fixtures');
const town = readFileSync(path.join(fixtures, 'budgets', 'town.toml'), 'utf8');
/** The town budget raising money too (fixtures/revenue.toml: a fee and a levy rate), as "levy-town". */
const levyTown =
  town.replace('id = "town"', 'id = "levy-town"').replace('title = { en = "Town"', 'title = { en = "Levy Town"').replace('other_revenue = 100_00', 'other_revenue = 80_00') +
  '\n' +
  readFileSync(path.join(fixtures, 'revenue.toml'), 'utf8');

// A server of its own, publishing the small "town" budget (it asks residents for their ward), and
// the same town raising money too.
const test = base.extend<{}, { server: PbsimServer }>({
  server: [
    async ({}, use) => {
      const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-officer-budgets-'));
      writeFileSync(path.join(budgets, 'town.toml'), town);
      writeFileSync(path.join(budgets, 'levy-town.toml'), levyTown);
      const server = await startServer(budgets);
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
      // Levy town: (parks, roads, fees, levy in micro-percent), each balanced.
      const payers: [number, number, number, number][] = [
        [60_00, 40_00, 10_00, 1_000_000],
        [70_00, 40_00, 20_00, 1_000_000],
        [50_00, 40_00, 0, 1_000_000],
        [60_00, 60_00, 30_00, 1_000_000],
        [60_00, 50_00, 10_00, 2_000_000],
      ];
      for (const [k, [parks, roads, fees, levy]] of payers.entries()) {
        await server.submit('levy-town', {
          id: `00000000-0000-4000-8000-00000000010${k + 1}`,
          allocation: { parks, roads, fees, levy },
        });
      }
      await use(server);
      await server.stop();
      rmSync(budgets, { recursive: true, force: true });
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
  // Shares of parks 0.6, 0.8, 0.8, 0.2 and of roads 0.4, 0.2, 0.2, 0.8: medians 0.7 and 0.3,
  // quartiles of parks 0.4 and 0.8; the independent-markets aggregate settles at t = 0.3, where
  // parks' median with phantoms is 0.6 and roads' 0.4.
  await expect(parks.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Parks: This year 60.0%, Mean 60.0%, Median 70.0%, Independent markets 60.0%, Middle half 40.0% – 80.0%, Normalised median 70.0%',
  );
  await expect(parks.getByRole('definition')).toHaveText(['60.0%', '60.0%', '70.0%', '60.0%', '40.0% – 80.0%', '70.0%']);
  await expect(parks).toContainText('50% raised, 25% lowered, 25% kept');

  // Weighted by ward, the south's one resident counts for half the town (each northerner 2/3,
  // the southerner 2): the mean falls to 46.7 % and the independent-markets value to 50 %.
  await dashboard.weight(true);
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /Mean 46.7%, .*Independent markets 50.0%/);
  await dashboard.weight(false);
  await expect(parks.getByRole('img')).toHaveAttribute('aria-label', /Mean 60.0%, .*Independent markets 60.0%/);

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
  expect(csv.some((row) => row.endsWith(',8000,2000,north,,"\'=HYPERLINK(""http://evil.example"",""click"")"'))).toBe(true);

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

test('revenue and tax-rate lines are shown in their own unit, apart from the spending shares', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open('levy-town');
  await dashboard.logIn('alice', 'a long password');
  await expect(dashboard.count).toHaveText('5 of 5 submissions');
  const revenue = page.getByRole('region', { name: 'Revenue' });
  // Fees of $10, $20, $0, $30 and $10: mean $14, median $10, quartiles $10 and $20.
  await expect(revenue.getByRole('article', { name: 'Fees', exact: true }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Fees: This year \$10, Mean \$14, Median \$10, Middle half \$10 – \$20$/,
  );
  await expect(revenue.getByRole('article', { name: 'Fees', exact: true })).toContainText('40% raised, 20% lowered, 40% kept');
  // The levy in percent with four decimals: four kept 1 %, one raised it to 2 %.
  await expect(revenue.getByRole('article', { name: 'Levy rate', exact: true }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Levy rate: This year 1\.0000%, Mean 1\.2000%, Median 1\.0000%/,
  );
  // The spending shares are of parks and roads only, not of the money raised.
  const spending = page.getByRole('region', { name: 'Spending' });
  await expect(spending.getByRole('article')).toHaveCount(2);
  await expect(spending.getByRole('article', { name: 'Parks', exact: true }).getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Parks: This year 60\.0%, Mean 56\.7%, Median 55\.6%/,
  );
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
