// Every page is prerendered to static files; the site runs on any static host.
export const prerender = true;
// `/de/` is served as de/index.html by every static host.
export const trailingSlash = 'always';
