// A resident shares their budget; whoever opens the link sees exactly that allocation, read-only,
// and can then take it on as their own draft; until they do, their own draft stays as it was.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';
import { Page } from '@playwright/test';

/** Makes the shared budget: three lines moved, and returns its link. */
async function sharedLink(page: Page): Promise<string> {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  await sim.nudge('Police', 3);
  await sim.nudge('Parks & Recreation', -2);
  await sim.nudge('Animal Services', -10);
  const url = await sim.shareUrl();
  expect(url).toMatch(/\/b\/austin-fy2017#a=3\.0\.0\.0\.-2\.0\.0\.-10\.0\.0$/);
  return url;
}

/** Checks that nothing on the page can change the budget shown. */
async function expectReadOnly(sim: SimulatorPage): Promise<void> {
  const page = sim.page;
  await expect(page.getByText('You are looking at a budget someone shared.')).toBeVisible();
  // Every line of Austin's budget: its slider, its number field and its reset button.
  for (const role of ['slider', 'spinbutton'] as const) {
    const controls = page.getByRole(role);
    await expect(controls).toHaveCount(10);
    for (const control of await controls.all()) await expect(control).toBeDisabled();
  }
  const resets = page.getByRole('button', { name: /^Reset / });
  await expect(resets).toHaveCount(11);
  for (const reset of await resets.all()) await expect(reset).toBeDisabled();
  // The comment boxes, and no way to submit.
  for (const box of await page.getByRole('textbox', { name: /^Anything / }).all()) await expect(box).toBeDisabled();
  await expect(sim.finalComment).toBeDisabled();
  await expect(sim.submitButton).toBeHidden();
}

test('a share link reproduces an allocation, read-only until taken on', async ({ page, browser, server }) => {
  const url = await sharedLink(page);

  // Someone else, with their own browser storage, opens the link.
  const other = await browser.newContext({ baseURL: server.url });
  const friend = new SimulatorPage(await other.newPage());
  await friend.page.goto(url);
  await friend.waitForBudget();
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$388,073,423, up $1,500,000');
  await expect(friend.slider('Parks & Recreation')).toHaveAttribute('aria-valuetext', '$79,504,938, down $1,000,000');
  await expect(friend.slider('Animal Services')).toHaveAttribute('aria-valuetext', '$11,914,285, down $1,000,000');
  await expectReadOnly(friend);

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

test('a share link leaves the draft of whoever opens it alone until they take the shared budget on', async ({ page, browser, server }) => {
  const url = await sharedLink(page);

  // The friend has a draft of their own: Fire up, Libraries down, and a comment.
  const other = await browser.newContext({ baseURL: server.url });
  const friend = new SimulatorPage(await other.newPage());
  await friend.open('austin-fy2017');
  await friend.nudge('Fire', 2);
  await friend.nudge('Libraries', -2);
  await friend.finalComment.fill('My own ideas.');

  // They open the link, look, and even reload it: the shared budget is shown, read-only. (Away
  // first: from the budget's own address, a link to it with a fragment would not load the page.)
  await friend.page.goto('about:blank');
  await friend.page.goto(url);
  await friend.waitForBudget();
  await expectReadOnly(friend);
  await expect(friend.slider('Fire')).toHaveAttribute('aria-valuetext', '$189,013,831, unchanged');
  await friend.page.reload();
  await friend.waitForBudget();
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$388,073,423, up $1,500,000');

  // Back on the budget's own address, their draft is exactly as they left it.
  await friend.open('austin-fy2017');
  await expect(friend.page.getByText('We kept your work from last time.')).toBeVisible();
  await expect(friend.slider('Fire')).toHaveAttribute('aria-valuetext', '$190,013,831, up $1,000,000');
  await expect(friend.slider('Libraries')).toHaveAttribute('aria-valuetext', '$46,167,036, down $1,000,000');
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$386,573,423, unchanged');
  await expect(friend.finalComment).toHaveValue('My own ideas.');

  // Only when they choose the shared budget does it replace their allocation.
  await friend.page.goto('about:blank');
  await friend.page.goto(url);
  await friend.waitForBudget();
  await friend.page.getByRole('button', { name: 'Start from this budget' }).click();
  await expect(friend.slider('Police')).toBeEnabled();
  await friend.page.reload();
  await friend.waitForBudget();
  await expect(friend.slider('Police')).toHaveAttribute('aria-valuetext', '$388,073,423, up $1,500,000');
  await expect(friend.slider('Fire')).toHaveAttribute('aria-valuetext', '$189,013,831, unchanged');
  await other.close();
});

test('a link made for another version of the budget is refused, and the resident’s draft shown', async ({ page }) => {
  const sim = new SimulatorPage(page);
  // The resident's own draft first: Police up a step.
  await sim.open('austin-fy2017');
  await sim.nudge('Police', 1);
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$387,073,423, up $500,000');

  await page.goto('about:blank');
  await sim.open('austin-fy2017', '#a=1.2.3');
  await expect(page.getByText('This share link does not fit this budget')).toBeVisible();
  await expect(sim.slider('Police')).toBeEnabled();
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$387,073,423, up $500,000');
  await expect(sim.submitButton).toBeVisible();
});
