// Time to the first slider on a throttled phone profile, in headless Chromium: Chromium DevTools
// protocol network emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and CPU 4x
// slower, at a phone's viewport. Run by scripts/bench-phone, which starts the server.
//
// Cold: a fresh browser context per load (empty HTTP cache). Warm: a second load in the same
// context (what a resident's second visit gets: hashed files from the cache, the page answered
// 304). The time is `performance.now()` (from the navigation's start) when the first
// `input[type=range]` is in the DOM, seen by a MutationObserver installed before the page's own
// scripts, at the first animation frame after it (before that frame's layout and paint), and when
// that frame was painted (a largest-contentful-paint entry after it). Also reported: the
// bytes each load transferred per kind of file (Resource Timing's transferSize: 0 when served from
// the cache), and the wasm's compile time under the same CPU throttling (`WebAssembly.compile` of
// the page's wasm bytes, after the load).
const { chromium } = require(require('node:path').join(__dirname, '../../e2e/node_modules/playwright-core'));

const [url, loadsArg] = process.argv.slice(2);
const loads = Number(loadsArg ?? 5);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8),
    uploadThroughput: (750e3 / 8),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

function watchForSlider() {
  // When the first frame with the sliders was actually painted: the first largest-contentful-paint
  // entry rendered after the slider entered the DOM (the page's text appears in the same frame).
  // The animation-frame time above is taken before that frame's layout and paint.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (window.__firstSlider !== undefined && window.__firstSliderPaint === undefined && e.startTime >= window.__firstSlider) {
        window.__firstSliderPaint = e.startTime;
      }
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('input[type=range]')) {
      observer.disconnect();
      window.__firstSlider = performance.now();
      requestAnimationFrame(() => { window.__firstSliderFrame = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
}

async function load(page) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstSliderFrame !== undefined, null, { timeout: 60_000, polling: 100 });
  // The paint entry arrives after the frame; give it a moment (it stays empty if no text painted
  // after the slider was larger than what was already on screen).
  await page.waitForFunction(() => window.__firstSliderPaint !== undefined, null, { timeout: 3_000, polling: 50 }).catch(() => {});
  return page.evaluate(() => {
    const bytes = { html: 0, js: 0, wasm: 0, css: 0, api: 0 };
    const nav = performance.getEntriesByType('navigation')[0];
    bytes.html += nav.transferSize;
    for (const r of performance.getEntriesByType('resource')) {
      const kind = r.name.includes('/api/') ? 'api' : (r.name.match(/\.(js|wasm|css)$/) || [])[1];
      if (kind) bytes[kind] += r.transferSize;
    }
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      slider: window.__firstSlider,
      frame: window.__firstSliderFrame,
      paint: window.__firstSliderPaint ?? null,
      wasmDone: wasm ? wasm.responseEnd : null,
      wasmUrl: wasm ? wasm.name : null,
      bytes,
    };
  });
}

async function compileTime(page, wasmUrl) {
  return page.evaluate(async (wasmUrl) => {
    const bytes = new Uint8Array(await (await fetch(wasmUrl)).arrayBuffer());
    // V8 keeps compiled modules by their bytes: a custom section with a new name makes this module
    // one it has not compiled yet, so the figure is a compile, not a cache lookup.
    const name = new TextEncoder().encode(`bench-${Math.random()}`);
    const section = new Uint8Array([0, name.length + 1, name.length, ...name]);
    const unique = new Uint8Array(bytes.length + section.length);
    unique.set(bytes);
    unique.set(section, bytes.length);
    const t0 = performance.now();
    await WebAssembly.compile(unique);
    return performance.now() - t0;
  }, wasmUrl);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const cold = [], warm = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await context.addInitScript(watchForSlider);
    const page = await context.newPage();
    await throttle(page);
    const first = await load(page);
    first.compile = first.wasmUrl ? await compileTime(page, first.wasmUrl) : null;
    cold.push(first);
    // The second visit, in the same context: the HTTP cache as the first visit left it.
    const again = await context.newPage();
    await throttle(again);
    warm.push(await load(again));
    await context.close();
    const f = (x) => (x == null ? '-' : x.toFixed(0));
    console.log(`load ${i + 1}: cold slider ${f(first.slider)} ms (frame ${f(first.frame)}, painted ${f(first.paint)}), wasm received ${f(first.wasmDone)} ms, compile ${f(first.compile)} ms, bytes ${JSON.stringify(first.bytes)}; warm slider ${f(warm[i].slider)} ms (frame ${f(warm[i].frame)}, painted ${f(warm[i].paint)}), bytes ${JSON.stringify(warm[i].bytes)}`);
  }
  await browser.close();
  const m = (xs, key) => {
    const known = xs.map((x) => x[key]).filter((x) => x != null);
    return known.length ? `${median(known).toFixed(0)}${known.length < xs.length ? ` (of ${known.length})` : ''}` : '-';
  };
  const total = (x) => Object.values(x.bytes).reduce((a, b) => a + b, 0);
  console.log(`\nmedian of ${loads}: cold first slider ${m(cold, 'slider')} ms (next frame ${m(cold, 'frame')} ms, painted ${m(cold, 'paint')} ms; wasm received at ${m(cold, 'wasmDone')} ms; wasm compile ${m(cold, 'compile')} ms; ${median(cold.map(total))} bytes transferred)`);
  console.log(`median of ${loads}: warm first slider ${m(warm, 'slider')} ms (next frame ${m(warm, 'frame')} ms, painted ${m(warm, 'paint')} ms; ${median(warm.map(total))} bytes transferred)`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
