// A resident shares their budget; whoever opens the link sees exactly that allocation, read-only,
// and can then take it on as their own draft.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test('a share link reproduces an allocation, read-only until taken on', async ({ page, browser, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  await sim.nudge('Police', 3);
  await sim.nudge('Parks & Recreation', -2);
  await sim.nudge('Animal Services', -10);
  const url = await sim.shareUrl();
  expect(url).toMatch(/\/b\/austin-fy2017#a=3\.0\.0\.0\.-2\.0\.0\.-10\.0\.0$/);

  // Someone else, with their own browser storage, opens the link.
  const other = await browser.newContext({ baseURL: server.url });
  const friend = new SimulatorPage(await other.newPage());
  await friend.page.goto(url);
  await friend.waitForBudget();
  await expect(friend.page.getByText('You are looking at a budget someone shared.')).toBeVisible();
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$388,073,423, up $1,500,000');
  await expect(friend.slider('Parks & Recreation')).toHaveAttribute('aria-valuetext', '$79,504,938, down $1,000,000');
  await expect(friend.slider('Animal Services')).toHaveAttribute('aria-valuetext', '$11,914,285, down $1,000,000');
  await expect(friend.slider('Police')).toBeDisabled();
  await expect(friend.submitButton).toBeHidden();

  await friend.page.getByRole('button', { name: 'Start from this budget' }).click();
  await expect(friend.slider('Police')).toBeEnabled();
  await expect(friend.slider('Police')).toBeFocused();
  await friend.nudge('Police', -1);
  // The shared budget is now the friend's own draft, kept across a reload, and the address no
  // longer carries the link.
  expect(new URL(friend.page.url()).hash).toBe('');
  await friend.page.reload();
  await friend.waitForBudget();
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$387,573,423, up $1,000,000');
  await expect(friend.slider('Animal Services')).toHaveAttribute('aria-valuetext', '$11,914,285, down $1,000,000');
  await other.close();
});

test('a link made for another version of the budget is refused, and the resident’s draft shown', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017', '#a=1.2.3');
  await expect(page.getByText('This share link does not fit this budget')).toBeVisible();
  await expect(sim.slider('Police')).toBeEnabled();
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$386,573,423, unchanged');
});
