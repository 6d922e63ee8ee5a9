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
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
  },
};
