import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // A fixed version name: turbo runs build, check and test at once, and each would otherwise
    // stamp its own Date.now() into .svelte-kit/generated, leaving prerendered HTML and client
    // JS with different names, so the site never hydrates while every check stays green.
    version: { name: process.env.APP_VERSION ?? 'dev' },
    // 404.html: static hosts serve it for paths that do not exist; it renders the error page in
    // the language of the path.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
  },
};
