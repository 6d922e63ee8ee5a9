// Every JSON file of the built site follows a JSON Schema, checked with Ajv: our own formats
// against the schemas the site publishes under /schema/, the standard ones (JSON Feed,
// oEmbed, TimelineJS) against schemas written from their specifications (`e2e/schemas/`),
// and the schemas themselves against JSON Schema. A JSON file that no rule covers fails, so a
// new JSON output comes with its schema. The files are read from `build/`: no browser needed,
// so the tests come from @playwright/test itself, without the fixtures' guard and its context.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const BUILD = 'build';

/** The schemas written from the specifications of formats that publish none. */
const STANDARD_SCHEMAS = {
  jsonfeed: 'e2e/schemas/jsonfeed-1.1.schema.json',
  oembed: 'e2e/schemas/oembed-1.0.schema.json',
  timelinejs: 'e2e/schemas/timelinejs-3.schema.json',
} as const;

/** What a file is checked against: a schema, JSON Schema itself (for a schema), or nothing, and why. */
type Check = { schema: string } | { metaSchema: true } | { skip: string };

/**
 * Which check each JSON file of the build gets, by its path relative to `build/`; the first
 * rule that matches applies. Our schemas are named by the path the site publishes them at.
 */
const RULES: { path: RegExp; check: Check }[] = [
  { path: /^data\/events\.json$/, check: { schema: 'schema/export.schema.json' } },
  { path: /^data\/event-list\.json$/, check: { schema: 'schema/event-list.schema.json' } },
  {
    path: /^data\/chunks\/[a-z]{2}\/\d+\.json$/,
    check: { schema: 'schema/event-chunk.schema.json' },
  },
  { path: /^data\/search-index\.json$/, check: { schema: 'schema/search-index.schema.json' } },
  {
    path: /^data\/search-index\/[0-9a-f]+(-[0-9a-f]+)?\.json$/,
    check: { schema: 'schema/search-part.schema.json' },
  },
  {
    path: /^data\/timelinejs\.[a-z]{2}\.json$/,
    check: { schema: STANDARD_SCHEMAS.timelinejs },
  },
  {
    path: /^feeds\/[a-z]{2}\/(events|category\/[a-z0-9-]+|storyline\/[a-z0-9-]+)\.json$/,
    check: { schema: STANDARD_SCHEMAS.jsonfeed },
  },
  {
    path: /^oembed\/[a-z]{2}(\/events\/[a-z0-9-]+)?\.json$/,
    check: { schema: STANDARD_SCHEMAS.oembed },
  },
  { path: /^schema\/[a-z-]+\.schema\.json$/, check: { metaSchema: true } },
  // SvelteKit's own files, for its client router (the data of each prerendered page) and its
  // update check: their format is SvelteKit's to define, and changes with its versions.
  {
    path: /(^|\/)__data\.json$/,
    check: { skip: "SvelteKit's page data (devalue), not a format of ours" },
  },
  { path: /^_app\/version\.json$/, check: { skip: "SvelteKit's version file" } },
  {
    // CycloneDX's schema is draft-07 with references to SPDX's and JSF's, which this strict
    // Ajv2020 cannot compile; src/supply-chain.test.ts validates both with CycloneDX's own.
    path: /^(sbom|embed\/chronik-timeline)\.cdx\.json$/,
    check: { skip: 'CycloneDX 1.6 SBOM, validated by src/supply-chain.test.ts' },
  },
];

/** Every `.json` file under a folder, as paths relative to it with `/`, sorted. */
async function listJsonFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/**
 * Ajv for JSON Schema 2020-12, in strict mode (a keyword it does not know is an error, not
 * ignored), with every error reported and the formats (uri, date-time, …) checked.
 */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/**
 * Ajv's errors as one line each (`ajv.errorsText`), at most `limit` of them; an unknown
 * member is named, which Ajv's message leaves out.
 */
function describeErrors(ajv: Ajv2020, errors: ErrorObject[] | null | undefined, limit = 10) {
  const named = (errors ?? [])
    .slice(0, limit)
    .map((error) =>
      error.keyword === 'additionalProperties'
        ? { ...error, message: `${error.message}: "${String(error.params.additionalProperty)}"` }
        : error,
    );
  const shown = ajv.errorsText(named, { dataVar: 'document', separator: '\n    ' });
  const more = (errors?.length ?? 0) > limit ? `\n    … and ${errors!.length - limit} more` : '';
  return `${shown}${more}`;
}

test('every schema compiles in strict mode: the published ones and those of the standard formats', async () => {
  const published = (await listJsonFiles(`${BUILD}/schema`)).map(
    (file) => `${BUILD}/schema/${file}`,
  );
  expect(published.length, 'the site publishes its schemas under /schema/').toBeGreaterThan(5);
  const problems: string[] = [];
  for (const path of [...published, ...Object.values(STANDARD_SCHEMAS)]) {
    const ajv = createAjv();
    const schema = (await readJson(path)) as object;
    if (!ajv.validateSchema(schema)) {
      problems.push(`${path}: not a valid JSON Schema:\n    ${describeErrors(ajv, ajv.errors)}`);
      continue;
    }
    try {
      ajv.compile(schema);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every JSON file of the build follows the schema for its path', async () => {
  const ajv = createAjv();
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = async (schema: string) => {
    let validate = validators.get(schema);
    if (!validate) {
      // Our schemas as the site publishes them; the others from the test's folder.
      const path = schema.startsWith('schema/') ? `${BUILD}/${schema}` : schema;
      validate = ajv.compile((await readJson(path)) as object);
      validators.set(schema, validate);
    }
    return validate;
  };

  const files = await listJsonFiles(BUILD);
  const failures: string[] = [];
  const used = new Set<RegExp>();
  for (const file of files) {
    const rule = RULES.find(({ path }) => path.test(file));
    if (!rule) {
      failures.push(
        `${file}: no rule names the schema it follows; add one to RULES in e2e/site/json-files.spec.ts (for a format of ours, publish its schema under /schema/ first)`,
      );
      continue;
    }
    used.add(rule.path);
    if ('skip' in rule.check) continue;
    let data: unknown;
    try {
      data = await readJson(`${BUILD}/${file}`);
    } catch (error) {
      failures.push(`${file}: not JSON: ${(error as Error).message}`);
      continue;
    }
    if ('metaSchema' in rule.check) {
      // Whether it compiles in strict mode is the test above's.
      if (!ajv.validateSchema(data as object)) {
        failures.push(`${file}: not a valid JSON Schema:\n    ${describeErrors(ajv, ajv.errors)}`);
      }
      continue;
    }
    const validate = await validatorFor(rule.check.schema);
    if (!validate(data)) {
      failures.push(
        `${file} does not follow ${rule.check.schema}:\n    ${describeErrors(ajv, validate.errors)}`,
      );
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
  // A rule that matches nothing is a file the build no longer writes, or a pattern gone wrong.
  expect(
    RULES.filter(({ path }) => !used.has(path)).map(({ path }) => String(path)),
    'rules that match no file of the build',
  ).toEqual([]);
});

// The standard formats' schemas are ours to get right: the specifications' own examples pass,
// and the mistakes they are there to catch fail.
const STANDARD_CASES: {
  schema: keyof typeof STANDARD_SCHEMAS;
  valid: boolean;
  why: string;
  data: unknown;
}[] = [
  {
    schema: 'jsonfeed',
    valid: true,
    why: "the specification's example",
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'My Example Feed',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      items: [
        { id: '2', content_text: 'This is a second item.', url: 'https://example.org/second-item' },
        { id: '1', content_html: '<p>Hello, world!</p>', url: 'https://example.org/initial-post' },
      ],
    },
  },
  {
    schema: 'jsonfeed',
    valid: true,
    why: 'an extension, an attachment and a version 1 author',
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Podcast',
      _blue_shed: {
        about: 'https://blueshed-podcasts.com/json-feed-extension-docs',
        explicit: false,
      },
      author: { name: 'Ann' },
      items: [
        {
          id: 'https://example.org/1',
          content_text: 'Episode 1',
          date_published: '2010-02-07T14:04:00-05:00',
          attachments: [
            { url: 'https://example.org/1.mp3', mime_type: 'audio/mpeg', size_in_bytes: 1000 },
          ],
        },
      ],
    },
  },
  {
    schema: 'jsonfeed',
    valid: false,
    why: 'an item without content',
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [{ id: '1', title: 'x' }],
    },
  },
  {
    schema: 'jsonfeed',
    valid: false,
    why: 'a misspelt member',
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [{ id: '1', content_htm: '<p>x</p>' }],
    },
  },
  {
    schema: 'jsonfeed',
    valid: false,
    why: 'a date that is not RFC 3339',
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [{ id: '1', content_text: 'x', date_published: '07.02.2010' }],
    },
  },
  {
    schema: 'jsonfeed',
    valid: false,
    why: 'a relative feed_url and an empty author',
    data: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      feed_url: '/feed.json',
      authors: [{}],
      items: [],
    },
  },
  {
    schema: 'oembed',
    valid: true,
    why: "the specification's photo example",
    data: {
      version: '1.0',
      type: 'photo',
      width: 240,
      height: 160,
      title: 'ZB8T0193',
      url: 'http://farm4.static.flickr.com/3123/2341623661_7c99f48bbf_m.jpg',
      author_name: 'Bees',
      author_url: 'http://www.flickr.com/photos/bees/',
      provider_name: 'Flickr',
      provider_url: 'http://www.flickr.com/',
    },
  },
  {
    schema: 'oembed',
    valid: true,
    why: 'a link with a parameter of its own',
    data: { version: '1.0', type: 'link', cache_age: 86400, provider_name: 'iamcal.com', x_id: 7 },
  },
  {
    schema: 'oembed',
    valid: false,
    why: 'a rich response without its size',
    data: { version: '1.0', type: 'rich', html: '<iframe></iframe>' },
  },
  {
    schema: 'oembed',
    valid: false,
    why: 'version 1 as a number',
    data: { version: 1, type: 'link' },
  },
  {
    schema: 'oembed',
    valid: false,
    why: 'a thumbnail without its size',
    data: { version: '1.0', type: 'link', thumbnail_url: 'https://example.org/t.png' },
  },
  {
    schema: 'oembed',
    valid: false,
    why: 'a photo at a javascript: URL',
    data: { version: '1.0', type: 'photo', url: 'javascript:alert(1)', width: 1, height: 1 },
  },
  {
    schema: 'timelinejs',
    valid: true,
    why: "the documentation's examples: date parts as strings, an empty media URL",
    data: {
      title: { text: { headline: 'Whitney Houston<br/> 1963 - 2012', text: '<p>…</p>' } },
      events: [
        {
          media: { url: '//www.flickr.com/photos/tm_10001/2310475988/', caption: '', credit: '' },
          start_date: { month: '8', day: '9', year: '1963' },
          text: { headline: 'A Musical Heritage', text: '<p>…</p>' },
        },
        { media: { url: '', caption: '', credit: '' }, start_date: { year: 1989 }, group: 'x' },
      ],
      eras: [{ start_date: { year: 1963 }, end_date: { year: 2012 }, text: { headline: 'Life' } }],
      scale: 'human',
    },
  },
  {
    schema: 'timelinejs',
    valid: false,
    why: 'an event without a start date',
    data: { events: [{ text: { headline: 'x' } }] },
  },
  {
    schema: 'timelinejs',
    valid: false,
    why: "a month counted from 0, as JavaScript's Date does",
    data: { events: [{ start_date: { year: 2024, month: 0 } }] },
  },
  {
    schema: 'timelinejs',
    valid: false,
    why: 'a year with letters',
    data: { events: [{ start_date: { year: '44 BCE' } }] },
  },
];

test('the schemas of the standard formats accept their specifications and catch mistakes', async () => {
  const ajv = createAjv();
  for (const [name, path] of Object.entries(STANDARD_SCHEMAS)) {
    ajv.addSchema((await readJson(path)) as object, name);
  }
  const wrong: string[] = [];
  for (const { schema, valid, why, data } of STANDARD_CASES) {
    const validate = ajv.getSchema(schema)!;
    if (validate(data) !== valid) {
      wrong.push(
        `${STANDARD_SCHEMAS[schema]} ${valid ? 'refuses' : 'accepts'} ${why}${valid ? `:\n    ${describeErrors(ajv, validate.errors)}` : ''}`,
      );
    }
  }
  expect(wrong, wrong.join('\n')).toEqual([]);
});
