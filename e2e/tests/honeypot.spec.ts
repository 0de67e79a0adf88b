// The submission form's honeypot: people never meet it (not on screen, not in the tab order, not
// read out by a screen reader), and a program that fills in every field it finds gets a receipt
// while nothing is stored.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test('people never meet the honeypot field', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  // A screen reader has no such field to read out.
  await expect(page.getByRole('textbox', { name: 'Leave this field empty' })).toHaveCount(0);
  // Programs find it by its name, as they do; on screen it is nowhere to be seen.
  const field = page.locator('input[name="website"]');
  await expect(field).toHaveCount(1);
  const box = await field.boundingBox();
  expect(box === null || box.x + box.width <= 0).toBe(true);
  // Tab from the final comment goes straight to the submit button.
  await sim.finalComment.focus();
  await page.keyboard.press('Tab');
  await expect(sim.submitButton).toBeFocused();
});

test('a program that fills in the honeypot gets a receipt, and nothing is stored', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  const before = server.submissions('austin-fy2017').length;
  await sim.nudge('Police', 1);
  await sim.nudge('Libraries', -1);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await page.locator('input[name="website"]').fill('http://cheap-pills.example', { force: true });
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  expect(server.submissions('austin-fy2017')).toHaveLength(before);
});
