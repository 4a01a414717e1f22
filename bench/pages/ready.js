// Marks the moment every custom element on the page is defined, updated and painted once:
// window.benchReadyAt (ms since navigation) and the user-timing mark "bench-ready".
(async () => {
  const elements = [...document.querySelectorAll('main *')].filter((el) => el.localName.includes('-'));
  await Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('bench-ready');
  window.benchReadyAt = performance.now();
})();
