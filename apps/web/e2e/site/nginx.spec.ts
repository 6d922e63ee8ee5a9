// The nginx example (deploy/nginx.conf) as an administrator would use it: Debian's nginx serves
// the build with that file, and every page and file answers with the same status, headers and
// type as under the build's `_headers` (the test server), and the explorer runs without a
// policy violation. CI installs nginx (.ci/run); elsewhere: apt-get install nginx-light.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, policyViolations, recordPolicyViolations, test } from '../fixtures';
import { EVENT, FILES } from '../routes';

const NGINX = '/usr/sbin/nginx';
const PATHS = [
  '/',
  '/de/',
  '/en/',
  `/de/events/${EVENT.id}/`,
  '/en/data/',
  '/de/changes/',
  '/en/embed/',
  '/embed/?lang=de',
  '/de/no-such-page/',
  ...FILES,
];

/** Headers a deployment must send as the build's `_headers` says. */
const COMPARED = [
  'content-security-policy',
  'x-frame-options',
  'access-control-allow-origin',
  'referrer-policy',
  'x-content-type-options',
];

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

let nginx: ChildProcess | undefined;
let folder = '';
let origin = '';

test.beforeAll(async () => {
  expect(existsSync(NGINX), `${NGINX} is missing: apt-get install -y nginx-light`).toBe(true);
  folder = await mkdtemp(join(tmpdir(), 'chronik-nginx-'));
  const port = await freePort();
  const server = (await readFile('deploy/nginx.conf', 'utf8'))
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/chronik/build;', `root ${resolve('build')};`);
  expect(server, 'the example still has its listen and root lines').toContain(`:${port};`);
  const conf = join(folder, 'nginx.conf');
  await writeFile(
    conf,
    [
      'daemon off;',
      // Workers as the user running the tests: nginx started by root hands its workers to
      // `nobody`, who may not read a checkout in a private folder (mktemp -d).
      `user ${userInfo().username};`,
      `pid ${folder}/nginx.pid;`,
      `error_log ${folder}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${folder}/${kind};`,
      ),
      server,
      '}',
    ].join('\n'),
  );
  const check = spawnSync(NGINX, ['-t', '-c', conf, '-e', `${folder}/error.log`], {
    encoding: 'utf8',
  });
  expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);
  nginx = spawn(NGINX, ['-c', conf, '-e', `${folder}/error.log`], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await fetch(`${origin}/de/`).catch(() => undefined))?.status, {
      timeout: 10_000,
    })
    .toBe(200);
});

test.afterAll(async () => {
  nginx?.kill();
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('nginx sends what the build’s _headers says, for every page and file', async ({ request }) => {
  for (const path of PATHS) {
    const [expected, actual] = await Promise.all([
      request.get(path, { maxRedirects: 0 }),
      request.get(`${origin}${path}`, { maxRedirects: 0 }),
    ]);
    expect(actual.status(), path).toBe(expected.status());
    const pick = (headers: Record<string, string>) =>
      Object.fromEntries(COMPARED.filter((name) => headers[name]).map((n) => [n, headers[n]]));
    expect(pick(actual.headers()), path).toEqual(pick(expected.headers()));
    // The media type (servers differ in the charset parameter, and in the name of JavaScript's
    // type: text/javascript and the older application/javascript are the same to browsers).
    const type = (headers: Record<string, string>) =>
      headers['content-type']?.split(';')[0]?.replace('application/javascript', 'text/javascript');
    expect(type(actual.headers()), path).toBe(type(expected.headers()));
    expect((await actual.body()).equals(await expected.body()), path).toBe(true);
  }
});

test('the explorer and an event page run under nginx without a policy violation', async ({
  page,
}) => {
  await recordPolicyViolations(page);
  await page.goto(`${origin}/de/`);
  await expect(page.locator('.filter-bar')).toBeVisible();
  await page.goto(`${origin}/en/events/${EVENT.id}/`);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await policyViolations(page)).toEqual([]);
});
