// A resident's work survives a reload: every slider, comment and answer comes back.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

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
