// The whole budget at a glance: before any move, the top of the page shows where the money goes,
// on a phone and on a desktop, and its table (the chart's text equivalent) carries the budget's own
// figures and follows every move.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

interface Line { id: string; baseline: number; type?: string; kind?: { type: string } }
interface Section { id: string; title: { en: string }; lines: Line[] }

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

for (const [width, height] of [[360, 740], [1280, 900]]) {
  test(`the overview is on the first screen at ${width}×${height}, with the budget's figures`, async ({ page, server }) => {
    await page.setViewportSize({ width, height });
    const budget = await (await fetch(`${server.url}/api/budgets/austin-fy2017`)).json();
    const sim = new SimulatorPage(page);
    await sim.open('austin-fy2017');
    const overview = page.getByRole('figure', { name: 'Where the money goes' });
    const canvas = overview.locator('canvas');
    await expect(canvas).toBeVisible();
    // Without scrolling: the whole drawing lies inside the first screen.
    const box = await canvas.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The canvas is drawn (not blank) before any move.
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);

    // The text equivalent (opened as a resident would): each section's total this year, from the
    // budget file's lines.
    await overview.getByText('Where the money goes — This year, Your budget').click();
    const table = overview.getByRole('table');
    for (const section of budget.sections as Section[]) {
      const total = section.lines.reduce((s, l) => s + l.baseline, 0);
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: section.title.en }) });
      await expect(row.getByRole('cell').nth(0)).toHaveText(dollars(total));
      await expect(row.getByRole('cell').nth(1)).toHaveText(dollars(total));
      await expect(row.getByRole('cell').nth(2)).toHaveText('0');
    }
    const spending = (budget.sections as Section[]).flatMap((s) => s.lines).reduce((s, l) => s + l.baseline, 0) + budget.other_spending;
    const totalRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total spending' }) });
    await expect(totalRow.getByRole('cell').nth(0)).toHaveText(dollars(spending));

    // A move: Police up $1,000,000, and the table follows.
    await sim.nudge('Police', 2);
    const safety = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Public safety' }) });
    const safetyTotal = (budget.sections as Section[]).find((s) => s.id === 'safety')!.lines.reduce((s, l) => s + l.baseline, 0);
    await expect(safety.getByRole('cell').nth(1)).toHaveText(dollars(safetyTotal + 100_000_000));
    await expect(safety.getByRole('cell').nth(2)).toHaveText('+$1,000,000');
    await expect(totalRow.getByRole('cell').nth(1)).toHaveText(dollars(spending + 100_000_000));
  });
}
