// Measures, in headless Chromium, the script time from a slider move to the charts being redrawn
// on the 30-line benchmark budget. Run by scripts/bench-resident, which starts the server.
//
// One move: set the slider's value and dispatch `input` (what the browser does when a resident
// drags or presses an arrow key), then wait for a macrotask. Leptos runs its effects, the chart
// redraws among them, as microtasks, so by the time the macrotask runs every reaction to the move
// (DOM updates, the charts) has finished. Each move starts in the first task after a frame was
// rendered, so that no rendering (style, layout, paint: the browser's work, not the page's script)
// falls inside the measurement. Measured too, and reported apart: the same wait with no move (the
// overhead of measuring) and the task after the move, where the page writes the draft to
// localStorage.
//
// This machine is shared (two cores, other builds running), so wall-clock times include time the
// browser spent waiting for a core. The script therefore also records a Chromium trace and reads,
// for the task in which each move ran, its main-thread CPU time (`tdur`) next to its wall time
// (`dur`): the CPU time is what the page's script costs, whatever else the machine is doing.
const { chromium } = require(require('node:path').join(__dirname, '../../e2e/node_modules/playwright-core'));

const [url, movesArg, width, height] = process.argv.slice(2);
const moves = Number(movesArg ?? 300);

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: Number(height ?? 900) } });
  if (process.env.STUB) await page.addInitScript(process.env.STUB);
  await page.goto(url);
  await page.waitForSelector('input[type=range]');
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const result = await page.evaluate(async (moves) => {
    const macrotask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
    const sliders = [...document.querySelectorAll('input[type=range]')];
    const canvases = [...document.querySelectorAll('canvas')];
    // The lines chart's table (the overview's table, above it, has one row per section).
    const cells = [...document.querySelectorAll('table[aria-labelledby=chart-lines-title] tbody tr td:nth-child(3)')];
    const snapshot = () => canvases.map((c) => c.toDataURL()).join();
    const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => macrotask().then(resolve)));
    const move = [], idle = [], save = [];
    let unchecked = 0, redrawn = 0;
    // Warm-up: the first moves pay for lazily created state.
    for (let i = 0; i < 20; i++) {
      const s = sliders[i % sliders.length];
      s.value = String(Number(s.value) + Number(s.step) * (i % 2 ? -1 : 1));
      s.dispatchEvent(new Event('input', { bubbles: true }));
      await macrotask();
    }
    for (let i = 0; i < moves; i++) {
      const k = i % sliders.length;
      const s = sliders[k];
      // Alternate up and down so every line stays within its range.
      const up = Math.floor(i / sliders.length) % 2 === 0;
      const before = i % 10 === 0 ? snapshot() : null;
      const text = cells[k].textContent;
      await afterFrame();
      const t0 = performance.now();
      s.value = String(Number(s.value) + Number(s.step) * (up ? 1 : -1));
      s.dispatchEvent(new Event('input', { bubbles: true }));
      await macrotask();
      const t1 = performance.now();
      move.push(t1 - t0);
      await macrotask();
      save.push(performance.now() - t1);
      // Proof that the move was drawn (outside the timed part): the chart's text equivalent
      // changed on every move, and every tenth move the canvases' pixels changed.
      if (cells[k].textContent === text) unchecked++;
      if (before !== null) redrawn += before !== snapshot() ? 1 : 0;
      await afterFrame();
      const u0 = performance.now();
      await macrotask();
      idle.push(performance.now() - u0);
    }
    return { move, idle, save, unchecked, redrawn, sampled: Math.ceil(moves / 10), lines: sliders.length };
  }, moves);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await browser.close();
  // The task that ran each move: the one around its `input` event dispatch. The 20 warm-up moves
  // come first and are left out.
  const inputs = trace
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')
    .sort((a, b) => a.ts - b.ts)
    .slice(20);
  const tasks = trace.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  const moveTasks = inputs.map((i) => tasks.find((t) => t.tid === i.tid && t.ts <= i.ts && t.ts + t.dur >= i.ts + i.dur));
  if (moveTasks.length !== moves || moveTasks.some((t) => !t || t.tdur === undefined)) {
    console.error(`the trace has ${moveTasks.filter(Boolean).length} move tasks for ${moves} moves`);
    process.exit(1);
  }
  if (result.unchecked > 0 || result.redrawn !== result.sampled) {
    console.error(`not every move was drawn: ${result.unchecked} text misses, ${result.redrawn}/${result.sampled} canvases changed`);
    process.exit(1);
  }
  const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  console.log(JSON.stringify({
    lines: result.lines,
    moves,
    move_task_cpu_ms: round(stats(moveTasks.map((t) => t.tdur / 1000))),
    move_task_wall_ms: round(stats(moveTasks.map((t) => t.dur / 1000))),
    move_to_macrotask_wall_ms: round(stats(result.move)),
    empty_wait_wall_ms: round(stats(result.idle)),
    draft_save_task_wall_ms: round(stats(result.save)),
  }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
