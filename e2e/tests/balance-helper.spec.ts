// A resident who raised one line asks "Balance it for me": sees exactly what it would change,
// applies it, undoes it, applies it again and submits a balanced budget whose other lines moved
// within their bounds. When no change can balance the budget, the page says why.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

interface Line { id: string; label: { en: string }; baseline: number; min: number; max: number; step: number }

async function austinLines(url: string): Promise<Line[]> {
  const response = await fetch(`${url}/api/budgets/austin-fy2017`);
  const budget = await response.json();
  return budget.sections.flatMap((s: { lines: Line[] }) => s.lines);
}

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

test('“Balance it for me” previews, applies, undoes and leads to a balanced submission', async ({ page, server }) => {
  const lines = await austinLines(server.url);
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  const ask = page.getByRole('button', { name: 'Balance it for me' });
  // Nothing to balance yet: no button.
  await expect(ask).toHaveCount(0);

  // Keyboard only: four steps up on Police ($2,000,000), then Tab to the helper.
  await sim.nudge('Police', 4);
  await expect(sim.balanceStatus).toHaveText('The budget is short by $2,000,000: cut spending or raise revenue.');
  await sim.tabTo(ask);
  await page.keyboard.press('Enter');

  const preview = page.getByRole('region', { name: 'What “Balance it for me” would change' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading')).toBeFocused();
  // Nothing moved before the resident says so.
  await expect(sim.balanceStatus).toHaveText(/short by \$2,000,000/);
  const rows = preview.getByRole('row');
  const proposed = new Map<string, string>();
  for (const row of (await rows.all()).slice(1)) {
    const cells = await row.getByRole('cell').allTextContents();
    const name = await row.getByRole('rowheader').textContent();
    proposed.set(name ?? '', cells[1]);
  }
  // Police (moved) is not among them; Fire, the largest untouched line, is.
  expect(proposed.has('Police')).toBe(false);
  expect(proposed.has('Fire')).toBe(true);

  await preview.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await expect(page.getByRole('status').filter({ hasText: `Balanced: ${proposed.size} lines changed.` })).toBeVisible();
  // Each slider now shows what the preview said.
  for (const [name, after] of proposed) {
    await expect(sim.slider(name)).toHaveAttribute('aria-valuetext', new RegExp(`^${after.replace(/[$]/g, '\\$')}, down`));
  }

  // Undo restores the exact previous draft: Police still up, every other line at this year's value.
  await page.getByRole('button', { name: 'Undo balancing' }).click();
  await expect(sim.balanceStatus).toHaveText(/short by \$2,000,000/);
  for (const line of lines) {
    const expected = line.id === 'police' ? `${dollars(line.baseline + 4 * line.step)}, up $2,000,000` : `${dollars(line.baseline)}, unchanged`;
    await expect(sim.slider(line.label.en)).toHaveAttribute('aria-valuetext', expected);
  }

  // Again, and submit.
  await ask.click();
  await preview.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'false');
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');

  const stored = server.submissions('austin-fy2017');
  const allocation: Record<string, number> = stored[stored.length - 1].submission.allocation;
  const total = (a: (l: Line) => number) => lines.reduce((sum, l) => sum + a(l), 0);
  // Balanced: the same total as this year (revenue is fixed in this budget).
  expect(total((l) => allocation[l.id])).toBe(total((l) => l.baseline));
  expect(allocation['police']).toBe(lines.find((l) => l.id === 'police')!.baseline + 4 * 50_000_000);
  for (const l of lines.filter((l) => l.id !== 'police')) {
    const v = allocation[l.id];
    // Within bounds, on the grid, never raised, and moved exactly when the preview said so.
    expect(v).toBeGreaterThanOrEqual(l.min);
    expect(v).toBeLessThanOrEqual(l.baseline);
    expect((v - l.min) % l.step).toBe(0);
    expect(v !== l.baseline).toBe(proposed.has(l.label.en));
    if (proposed.has(l.label.en)) expect(dollars(v)).toBe(proposed.get(l.label.en));
  }
});

test('when the untouched lines cannot close the gap, the helper says why, in French too', async ({ page, server }) => {
  const lines = await austinLines(server.url);
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  // Police, Fire and EMS to their maximum: the others, even at their minimum, cannot pay for it.
  const raised = ['police', 'fire', 'ems'];
  for (const id of raised) {
    const line = lines.find((l) => l.id === id)!;
    await sim.typeExact(line.label.en, String(line.max / 100));
  }
  const gap = lines.filter((l) => raised.includes(l.id)).reduce((s, l) => s + l.max - l.baseline, 0);
  const room = lines.filter((l) => !raised.includes(l.id)).reduce((s, l) => s + l.baseline - l.min, 0);
  await page.getByRole('button', { name: 'Balance it for me' }).click();
  const preview = page.getByRole('region', { name: 'What “Balance it for me” would change' });
  await expect(preview).toContainText(
    `Even at their limits, the lines you have not changed leave ${dollars(gap - room)} of the gap.`,
  );
  await expect(preview.getByRole('table')).toHaveCount(0);
  // Nothing was changed.
  await expect(sim.balanceStatus).toHaveText(new RegExp(`short by ${dollars(gap).replace('$', '\\$')}`));

  await sim.open('austin-fy2017', '?lang=fr');
  await expect(page.getByRole('button', { name: 'Équilibrer pour moi' })).toBeVisible();
});
