// The connection drops as a resident submits: their budget stays on the page, and "try again"
// after the server is back stores it exactly once.
import { test as base, expect, startServer, PbsimServer } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

// This spec stops its server mid-test, so it gets one of its own rather than the worker's.
const test = base.extend<{ ownServer: PbsimServer }>({
  ownServer: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
});

test('a failed submit shows the error, and a retry succeeds exactly once', async ({ page, ownServer }) => {
  const sim = new SimulatorPage(page);
  await page.goto(`${ownServer.url}/b/austin-fy2017`);
  await sim.waitForBudget();
  await sim.nudge('Emergency Medical Services', 1);
  await sim.nudge('Municipal Court', -5);
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await sim.finalComment.fill('Sent on a bad connection.');

  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.postData() ?? '');
  });

  await ownServer.kill();
  await sim.submitButton.click();
  await expect(sim.outcome).toContainText('Your budget was not sent: We could not reach the server.');
  // The draft is still there.
  await expect(sim.slider('Emergency Medical Services')).toHaveAttribute('aria-valuetext', '$84,286,011, up $500,000');
  await expect(sim.finalComment).toHaveValue('Sent on a bad connection.');

  await ownServer.restart();
  await sim.retryButton.click();
  await expect(sim.summary).toContainText('Thank you: your budget was received.');

  const stored = ownServer.submissions('austin-fy2017');
  expect(stored).toHaveLength(1);
  expect(stored[0].submission.comment).toBe('Sent on a bad connection.');
  // Both attempts carried the same id and the same body.
  expect(posts).toHaveLength(2);
  expect(posts[1]).toBe(posts[0]);
  expect(JSON.parse(posts[0]).id).toBe(stored[0].id);

  // Sending the same request once more (a second retry racing the first) stores nothing new.
  const again = await page.request.post(`${ownServer.url}/api/budgets/austin-fy2017/submissions`, {
    data: JSON.parse(posts[0]),
  });
  expect(again.status()).toBe(200);
  expect(ownServer.submissions('austin-fy2017')).toHaveLength(1);
});
