// After a budget of projects closes, residents see what was decided: every project's votes (as the
// test counts them from the ballots it sent) and whether the city's rule funds it, the rule named in
// plain words with the money it spends; in French too, on a 360 px phone, with no WCAG 2.1 A/AA
// violation. Before the close the figures say nothing is funded.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, startServer, PbsimServer } from '../fixtures/server';
import { parksideBallots, parksideWith } from '../fixtures/projects';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// €100,000; trees €60,000, lane €40,000, playground €40,000, books €10,000 (fixtures/budgets/parkside.toml).
// Six ballots: three approve trees and lane, one trees alone, two the playground. The budget names
// no rule, so the default applies: Equal Shares completed by Add1 funds trees and the playground
// (worked by hand in projects.spec.ts), €100,000 spent.
const ballots = parksideBallots;
const titles: [string, string][] = [
  ['trees', 'Shade trees on the square'],
  ['lane', 'Cycle lane to the school'],
  ['playground', 'A playground by the river'],
  ['books', 'A book box'],
];
const funded = new Set(['trees', 'playground']);

test('a closed budget of projects shows each project’s votes and what its rule funds', async ({ page }) => {
  const closesAt = new Date(Date.now() + 10_000);
  const budgets = mkdtempSync(path.join(tmpdir(), 'pbsim-projects-results-'));
  writeFileSync(
    path.join(budgets, 'parkside.toml'),
    parksideWith('parkside') + `\n[consultation]\ncloses = "${closesAt.toISOString()}"\n[results]\nthreshold = 5\n`,
  );
  const server: PbsimServer = await startServer(budgets);
  try {
    const at = (p: string) => `${server.url}${p}`;
    for (const [k, approved] of ballots.entries()) {
      await server.submit('parkside', { id: `00000000-0000-4000-8000-0000000003${k + 10}`, projects: { approved } });
    }
    // Open: votes are public (after_submit), nothing is funded yet.
    const open = await (await fetch(at('/api/budgets/parkside/results'))).json();
    expect(open.status).toBe('published');
    expect(JSON.stringify(open)).not.toContain('funded');
    await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now() + 500));

    // The votes the test counts from the ballots it sent.
    const votes = (id: string) => ballots.filter((b) => b.includes(id)).length;
    await page.goto(at('/b/parkside'));
    await expect(page.getByRole('status').first()).toContainText('This consultation closed on');
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    const results = page.getByRole('region', { name: 'What residents chose' });
    await expect(results).toContainText('6 residents');
    const sentence =
      'Chosen by the Method of Equal Shares, then completed by most votes: €100,000 of the €100,000 available is spent, €0 is left.';
    await expect(results.getByText(sentence)).toBeVisible();
    const table = results.getByRole('table', { name: sentence });
    await expect(table.getByRole('columnheader')).toHaveText(['Project', 'Cost', 'Votes', 'Outcome']);
    for (const [id, title] of titles) {
      const cells = table.getByRole('row', { name: new RegExp(`^${title}`) }).getByRole('cell');
      await expect(cells.nth(1)).toHaveText(String(votes(id)));
      await expect(cells.nth(2)).toHaveText(funded.has(id) ? 'Funded' : 'Not funded');
    }

    // The same figures download as CSV: one row per project, its votes, and whether it is funded.
    const href = await results.getByRole('link', { name: 'Download these figures (CSV)' }).getAttribute('href');
    const csv = await (await fetch(at(href ?? ''))).text();
    // Every field is quoted; no title here holds a comma or a quote.
    const rows = csv
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(',').map((field) => field.replace(/^"(.*)"$/, '$1')));
    expect(rows[0]).toEqual(['project', 'title_en', 'title_fr', 'cost_cents', 'votes', 'funded']);
    const byId = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]]).sort(byId)).toEqual(
      titles.map(([id]) => [id, String(votes(id)), funded.has(id) ? 'yes' : 'no']).sort(byId),
    );

    // In French.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByText(/^Choisis par la méthode des parts égales, complétée par ordre de voix/)).toBeVisible();
    await expect(page.getByRole('row', { name: /^Arbres d’ombrage sur la place/ }).getByRole('cell').nth(2)).toHaveText('Financé');

    await page.getByRole('button', { name: 'English' }).click();

    // The results page, on a phone, meets WCAG 2.1 AA.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(at('/b/parkside/results'));
    await expect(page.getByRole('row', { name: /^A book box/ }).getByRole('cell').nth(2)).toHaveText('Not funded');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await server.stop();
    rmSync(budgets, { recursive: true, force: true });
  }
});
