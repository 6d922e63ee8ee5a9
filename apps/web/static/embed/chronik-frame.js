// The page script of Chronik's iframe variant (/embed/?lang=en&categories=security). It gives
// the page's <chronik-timeline> the options named in its data-query-options from the query
// string, keeps the selected event in this frame's own URL (a reloaded or copied frame URL
// opens the same event), and tells the page around the frame its height whenever it changes,
// as { type: "chronik:resize", height } (applied by /embed/chronik-iframe.js on the host).
(() => {
  const widget = document.querySelector('chronik-timeline');
  if (!widget) return;
  const params = new URLSearchParams(location.search);
  for (const name of (widget.dataset.queryOptions || '').split(' ')) {
    const value = params.get(name);
    if (name && value !== null) widget.setAttribute(name, value);
  }
  const lang = params.get('lang') === 'en' ? 'en' : 'de';
  document.documentElement.lang = lang;
  document.title =
    (lang === 'en' ? widget.dataset.titleEn : widget.dataset.titleDe) || document.title;

  const framed = parent !== window;
  widget.addEventListener('chronik-select', (event) => {
    const id = event.detail && event.detail.id;
    const url = new URL(location.href);
    if (id) url.searchParams.set('event', id);
    else url.searchParams.delete('event');
    history.replaceState(history.state, '', url);
    if (framed) parent.postMessage({ type: 'chronik:select', id: id || null }, '*');
  });

  if (!framed) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'chronik:resize', height }, '*');
  }).observe(document.documentElement);
})();
