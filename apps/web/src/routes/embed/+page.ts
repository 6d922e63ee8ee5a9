// The iframe page is the web component in a frame: it ships no SvelteKit client, so it keeps
// nothing in the browser (the router would use sessionStorage) and loads only the widget.
export const csr = false;
