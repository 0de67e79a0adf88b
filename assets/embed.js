//! pbsim's embedding script. A council's page loads it with one line:
//!
//!   <script src="https://PBSIM-HOST/embed.js" data-budget="BUDGET-ID" async></script>
//!
//! and it puts the simulator for that budget in an <iframe> right after the <script>, then keeps
//! the iframe as tall as the simulator's content, so the resident scrolls the council's page, never
//! a box inside it. It has no dependencies and sets no globals; several snippets on one page each
//! look after their own iframe.
(function () {
  'use strict';

  // The <script> element that loaded this copy. `currentScript` is null in some old browsers and
  // once the script has run; then take the first snippet not yet handled.
  var script = document.currentScript;
  if (!script || !script.getAttribute('data-budget')) {
    script = document.querySelector('script[data-budget]:not([data-pbsim-embedded])');
  }
  if (!script) return;
  script.setAttribute('data-pbsim-embedded', '');

  var budget = script.getAttribute('data-budget') || '';
  // pbsim's own origin: where this script came from, and the only origin whose messages count.
  var pbsim = new URL(script.src, document.baseURI).origin;
  var lang = script.getAttribute('data-lang');

  var src = new URL('/embed/' + encodeURIComponent(budget), pbsim);
  // The simulator sends its height to this origin only, and only if the budget file lists it.
  src.searchParams.set('parent', window.location.origin);
  if (lang) src.searchParams.set('lang', lang);

  var frame = document.createElement('iframe');
  frame.src = src.href;
  // A screen reader announces the frame by its title.
  frame.title = script.getAttribute('data-title') ||
    (lang === 'fr' ? 'Simulateur budgétaire' : 'Budget simulator');
  frame.loading = 'lazy';
  frame.width = '100%';
  // A height to start with; the simulator sets the real one as soon as it has drawn.
  frame.height = '600';
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.width = '100%';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    // Only this frame's simulator may resize it: the message must come from pbsim's origin and
    // from this very iframe (another snippet's iframe has its own listener).
    if (event.origin !== pbsim || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'pbsim:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    // Bounded, so a page that misbehaves cannot make the council's page endless.
    frame.height = String(Math.min(Math.ceil(height), 20000));
  });
})();
