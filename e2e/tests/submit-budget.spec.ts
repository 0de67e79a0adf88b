// A resident balances the Austin budget with the keyboard alone and submits it; the server stores
// exactly what they chose.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test('a resident moves money with the keyboard and submits a balanced budget', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');

  // Police up two steps of $500,000: the budget is now short.
  await sim.nudge('Police', 2);
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$387,573,423, up $1,000,000');
  await expect(sim.balanceStatus).toHaveText('The budget is short by $1,000,000: cut spending or raise revenue.');

  // Libraries down two steps: balanced again.
  await sim.nudge('Libraries', -2);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');

  await sim.submitButton.focus();
  await page.keyboard.press('Enter');
  await expect(sim.outcome).toContainText('Thank you: your budget was received.');

  const stored = server.submissions('austin-fy2017');
  expect(stored).toHaveLength(1);
  expect(stored[0].submission.allocation['police']).toBe(387_573_423_00);
  expect(stored[0].submission.allocation['libraries']).toBe(46_167_036_00);
  expect(stored[0].submission.allocation['fire']).toBe(189_013_831_00);
  await expect(sim.outcome).toContainText(stored[0].id);
});

test('an unbalanced budget cannot be submitted, and the page says why', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  const before = server.submissions('austin-fy2017').length;
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await sim.nudge('Fire', -1);
  await expect(sim.balanceStatus).toHaveText(
    'The budget has $500,000 left over: spend it or lower revenue.',
  );
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'true');
  // The button stays focusable (so a screen reader can reach it and hear why), but does nothing.
  await sim.submitButton.focus();
  await page.keyboard.press('Enter');
  await page.waitForLoadState('networkidle');
  expect(posts).toEqual([]);
  await expect(sim.outcome).not.toContainText('Thank you');
  expect(server.submissions('austin-fy2017')).toHaveLength(before);
});
