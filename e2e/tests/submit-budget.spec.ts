// A resident balances the Austin budget with the keyboard alone and submits it; the server stores
// exactly what they chose.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

test('a resident balances and submits a budget with the keyboard alone', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  // Other specs on this worker's server may have stored Austin budgets before this one.
  const before = server.submissions('austin-fy2017').length;
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');

  // Tab to Police, then two steps of $500,000 up: the budget is now short.
  await sim.tabTo(sim.slider('Police'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$387,573,423, up $1,000,000');
  await expect(sim.balanceStatus).toHaveText('The budget is short by $1,000,000: cut spending or raise revenue.');
  // The submit button says why it cannot submit, to everyone.
  await expect(sim.submitButton).toHaveAccessibleName(/short by \$1,000,000/);
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'true');

  // Tab on to Libraries and two steps down: balanced again.
  await sim.tabTo(sim.slider('Libraries'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');

  // A comment on the section, typed after tabbing to its box.
  await sim.tabTo(sim.comment('Community services'));
  await page.keyboard.type('Keep the branches open on Sundays.');

  await sim.tabTo(sim.submitButton);
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');
  await expect(sim.summary).toBeVisible();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  await expect(sim.summary).toContainText('Police: $386,573,423 → $387,573,423 (up $1,000,000)');
  // Focus moved to the summary, so a screen reader hears it.
  await expect(page.getByRole('heading', { name: 'Your budget', exact: true })).toBeFocused();

  const all = server.submissions('austin-fy2017');
  expect(all).toHaveLength(before + 1);
  const stored = all.slice(before);
  expect(stored[0].submission.allocation['police']).toBe(387_573_423_00);
  expect(stored[0].submission.allocation['libraries']).toBe(46_167_036_00);
  expect(stored[0].submission.allocation['fire']).toBe(189_013_831_00);
  expect(stored[0].submission.section_comments['community']).toBe('Keep the branches open on Sundays.');
  await expect(sim.summary).toContainText(stored[0].id);
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
  await expect(sim.balanceStatus).toHaveText('The budget has $500,000 left over: spend it or lower revenue.');
  await expect(sim.submitButton).toHaveAttribute('aria-disabled', 'true');
  await expect(sim.submitButton).toContainText('The budget has $500,000 left over');
  // The button stays focusable (so a screen reader can reach it and hear why), but does nothing.
  await sim.submitButton.focus();
  await page.keyboard.press('Enter');
  // And a click (forced: Playwright itself will not click what says it is disabled).
  await sim.submitButton.click({ force: true });
  await expect(sim.summary).toHaveCount(0);
  await expect(sim.outcome).toHaveText('');

  // Balanced again, the same button sends the budget: exactly one POST in all, so the presses
  // above sent none (a request they had started would be recorded before this one).
  await sim.nudge('Fire', 1);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');
  expect(posts).toEqual([`${server.url}/api/budgets/austin-fy2017/submissions`]);
  expect(server.submissions('austin-fy2017')).toHaveLength(before + 1);
});

test('“Start a new budget” after submitting sends a second budget, stored beside the first', async ({ page, server }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  const before = server.submissions('austin-fy2017').length;
  const answers: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST') answers.push(r.status());
  });

  await sim.nudge('Police', 1);
  await sim.nudge('Libraries', -1);
  await sim.finalComment.fill('My first budget.');
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');

  await page.getByRole('button', { name: 'Start a new budget' }).click();
  await expect(sim.summary).toHaveCount(0);
  // A clean slate: every line back to this year's budget, the comment gone.
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$386,573,423, unchanged');
  await expect(sim.finalComment).toHaveValue('');
  await sim.nudge('Fire', 2);
  await sim.nudge('Parks & Recreation', -2);
  await sim.finalComment.fill('My second budget.');
  await sim.submitButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');

  // Both were created (201, not a 409 for reusing the first one's id), under two ids.
  expect(answers).toEqual([201, 201]);
  const stored = server.submissions('austin-fy2017').slice(before);
  expect(stored.map((s) => s.submission.comment)).toEqual(['My first budget.', 'My second budget.']);
  expect(stored[0].id).not.toBe(stored[1].id);
  expect(stored[1].submission.allocation['police']).toBe(386_573_423_00);
  expect(stored[1].submission.allocation['fire']).toBe(190_013_831_00);
  await expect(sim.summary).toContainText(stored[1].id);
});

test('exact entry snaps to the slider’s steps, and resets bring lines back', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('austin-fy2017');
  // $387,700,000 is not a step of $500,000 from the minimum: it lands on the nearest one.
  await sim.typeExact('Police', '387700000');
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$387,573,423, up $1,000,000');
  await expect(sim.exactField('Police')).toHaveValue('387573423');
  // Enter in the field set the amount without submitting the budget.
  await expect(sim.summary).toHaveCount(0);
  await sim.resetButton('Police').click();
  await expect(sim.slider('Police')).toHaveAttribute('aria-valuetext', '$386,573,423, unchanged');
  await sim.nudge('Fire', 2);
  await sim.nudge('Libraries', -1);
  await page.getByRole('button', { name: 'Reset every line to this year’s budget' }).click();
  await expect(sim.slider('Fire')).toHaveAttribute('aria-valuetext', '$189,013,831, unchanged');
  await expect(sim.slider('Libraries')).toHaveAttribute('aria-valuetext', '$47,167,036, unchanged');
});
