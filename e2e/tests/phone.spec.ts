// A resident on a small phone (360 × 740) completes the whole flow: the balance stays in view,
// nothing needs sideways scrolling, and the budget is received.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('a 360 px wide phone completes the flow', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  const before = server.submissions('markham-2023').length;

  // Nothing is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await sim.slider('Libraries').scrollIntoViewIfNeeded();
  await sim.nudge('Libraries', 2);
  // Far down the page, the balance is still on screen, and says what is wrong.
  await expect(sim.balanceStatus).toBeInViewport();
  await expect(sim.balanceStatus).toHaveText('The budget is short by $500,000: cut spending or raise revenue.');
  await sim.nudge('User fees', 2);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await expect(sim.balanceStatus).toBeInViewport();

  await sim.submitButton.scrollIntoViewIfNeeded();
  await sim.submitButton.tap();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  await expect(sim.summary).toContainText('Libraries: $22,000,000 → $23,000,000 (up $1,000,000)');
  expect(server.submissions('markham-2023')).toHaveLength(before + 1);
  const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflowAfter).toBeLessThanOrEqual(0);
});
