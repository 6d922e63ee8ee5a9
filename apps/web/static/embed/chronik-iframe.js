// Chronik iframe helper for host pages: load it once, after the iframes, with
//   <script src="https://<chronik-site>/embed/chronik-iframe.js" defer></script>
// It gives every Chronik iframe on the page the height its content asks for. It listens only
// to messages from frames that come from this script's own site, and changes nothing else.
(() => {
  const origin = new URL(document.currentScript ? document.currentScript.src : location.href)
    .origin;
  addEventListener('message', (event) => {
    if (event.origin !== origin || !event.data || event.data.type !== 'chronik:resize') return;
    const height = Number(event.data.height);
    if (!Number.isFinite(height) || height <= 0) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
