// The page says up front roughly how long the budget takes, and the balance bar counts the
// sections the resident has looked at, so they can see the end.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test('the time a budget takes and the sections looked at', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  // Ten lines at about twenty seconds each, and two minutes for the rest: six minutes.
  await expect(page.getByText('About 6 minutes: 10 lines in 3 sections.')).toBeVisible();
  const progress = sim.balanceBar.getByText(/of 3 sections looked at$/);
  await expect(progress).toBeVisible();
  await expect(progress).not.toHaveText('3 of 3 sections looked at');

  // Down to the last section (as a keyboard user would, by tabbing to its comment box): every
  // section has now been on screen, and the count, in the bar that stays in view, says so.
  await sim.tabTo(sim.comment('Planning and development'));
  await page.getByRole('heading', { name: 'Almost done' }).scrollIntoViewIfNeeded();
  await expect(progress).toHaveText('3 of 3 sections looked at');
  await expect(progress).toBeInViewport();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(sim.balanceBar.getByText('3 sections sur 3 parcourues')).toBeVisible();
  await expect(page.getByText('Environ 6 minutes : 10 lignes dans 3 sections.')).toBeVisible();
});
