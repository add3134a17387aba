// What the API and the pages it serves can never do: write, run a script from elsewhere or inline,
// or ship a credential. Each is checked on the real thing: the schema, Neo4j's own access modes,
// the built viewer, the GraphiQL page, and the files git tracks.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { databaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { buildSchema, createApp, GRAPHQL_PATH } from './app.ts';
import { GRAPHIQL_ASSETS, GRAPHIQL_CONTENT_SECURITY_POLICY } from './graphiql.ts';
import { CONTENT_SECURITY_POLICY } from './static.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { readQuery } from './store/neo4j-read.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIEWER_DIR = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const seed = await loadGraph(FIXTURE_DATA_DIR);
const app = createApp({ store: createMemoryStore(seed), logger: false, viewerDir: VIEWER_DIR });

async function post(body: unknown) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Every <script …>…</script> of a page, with its attributes and body; and every on…= handler. */
function scripts(html: string) {
  return {
    scripts: [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
      attributes: (m[1] ?? '').trim(),
      body: (m[2] ?? '').trim(),
    })),
    handlers: [...html.matchAll(/\son[a-z]+\s*=/gi)].map((m) => m[0].trim()),
    javascriptUrls: [...html.matchAll(/javascript:/gi)].length,
    /** src and href values that leave this origin: any with a scheme, or protocol-relative (//host/…) */
    foreign: [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)]
      .map((m) => m[1] ?? '')
      .filter((url) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)),
  };
}

describe('the API has no way to write', () => {
  it('has a schema with a Query type only: no Mutation, no Subscription', () => {
    const schema = buildSchema();
    expect({ mutation: schema.getMutationType() ?? null, subscription: schema.getSubscriptionType() ?? null }).toEqual({
      mutation: null,
      subscription: null,
    });
  });

  it('says so over HTTP too, in introspection', async () => {
    expect(await post({ query: '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }' })).toEqual({
      status: 200,
      body: { data: { __schema: { queryType: { name: 'Query' }, mutationType: null, subscriptionType: null } } },
    });
  });

  it('refuses a mutation or a subscription before running anything, with a code', async () => {
    for (const operation of ['mutation', 'subscription']) {
      expect(await post({ query: `${operation} { node(id: "azam-ishmael") { id } }` })).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: `This API is read-only: ${operation} operations are not supported; send a query.`,
              extensions: { code: 'OPERATION_NOT_SUPPORTED' },
            },
          ],
        },
      });
    }
  });
});

describe.runIf(hasNeo4j)('the read path on Neo4j', () => {
  let driver: Driver;
  const database = neo4jConfig()?.database ?? 'neo4j';
  beforeAll(async () => {
    driver = await openDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  // The store's own query runner, given writes it never sends: Neo4j must refuse each in a READ transaction.
  it.each([
    ['CREATE', "CREATE (n:Entity {id: 'written-by-the-api'}) RETURN n"],
    ['MERGE', "MERGE (n:Entity {id: 'written-by-the-api'}) RETURN n"],
    ['SET', "MATCH (n:Entity {id: 'azam-ishmael'}) SET n.name = 'changed' RETURN n"],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['a write in a subquery', "CALL () { CREATE (:Entity {id: 'written-by-the-api'}) } RETURN 1"],
    ['a schema change', 'CREATE INDEX written_by_the_api IF NOT EXISTS FOR (n:Entity) ON (n.description)'],
  ])('refuses %s and leaves the graph as it was', async (_what, text) => {
    const before = await databaseFingerprint(driver, database);
    const outcome = await readQuery(driver, text, {}, { database, timeoutMs: 5_000 }).then(
      () => 'written',
      (error: unknown) => (error instanceof Neo4jError ? error.code : String(error)),
    );
    expect(outcome).toMatch(/^Neo\.ClientError\.(Statement\.AccessMode|Security\.Forbidden)$/);
    expect(await databaseFingerprint(driver, database)).toEqual(before);
  });
});

describe('CORS', () => {
  // app.test.ts checks the preflight; here the request itself, as a page on another origin sends it.
  const crossOrigin = async (corsOrigins: string[] | undefined, origin: string) => {
    const response = await createApp({ store: createMemoryStore(seed), logger: false, ...(corsOrigins ? { corsOrigins } : {}) }).fetch(
      `http://localhost${GRAPHQL_PATH}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      },
    );
    return {
      origin: response.headers.get('access-control-allow-origin'),
      credentials: response.headers.get('access-control-allow-credentials'),
    };
  };

  it('is off by default: no origin is allowed to read an answer', async () => {
    expect(await crossOrigin(undefined, 'https://elsewhere.example')).toEqual({ origin: null, credentials: null });
    expect(await crossOrigin(undefined, 'http://localhost:5173')).toEqual({ origin: null, credentials: null });
  });

  it('allows exactly the configured origins, never with credentials', async () => {
    const allowed = ['http://localhost:5173'];
    expect(await crossOrigin(allowed, 'http://localhost:5173')).toEqual({ origin: 'http://localhost:5173', credentials: null });
    expect((await crossOrigin(allowed, 'https://elsewhere.example')).origin).not.toBe('https://elsewhere.example');
  });
});

describe('the viewer page', () => {
  const built = existsSync(`${VIEWER_DIR}index.html`);
  // `npm test` builds the viewer first; CI must never skip this for want of a build.
  it.runIf(built || process.env['CI'])('has no inline script, no event handler attribute, and loads nothing from elsewhere', () => {
    const html = readFileSync(`${VIEWER_DIR}index.html`, 'utf8');
    const found = scripts(html);
    expect(found.scripts.length).toBeGreaterThan(0);
    expect({
      inlineBodies: found.scripts.filter((s) => s.body !== '').length,
      withoutSrc: found.scripts.filter((s) => !/\bsrc=/.test(s.attributes)).length,
      handlers: found.handlers,
      javascriptUrls: found.javascriptUrls,
      foreign: found.foreign,
    }).toEqual({ inlineBodies: 0, withoutSrc: 0, handlers: [], javascriptUrls: 0, foreign: [] });
  });

  it.runIf(built || process.env['CI'])('is served with the Content-Security-Policy that allows scripts from this origin only', async () => {
    const response = await app.fetch('http://localhost/');
    expect({ status: response.status, csp: response.headers.get('content-security-policy') }).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
    });
    expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => /^(script|connect|default)-src /.test(d))).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
    ]);
  });
});

describe('GraphiQL', () => {
  const page = async () => {
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, { headers: { accept: 'text/html' } });
    return { status: response.status, csp: response.headers.get('content-security-policy'), html: await response.text() };
  };

  it('is served from this server, with no inline script and nothing from a CDN', async () => {
    const { status, html } = await page();
    const found = scripts(html);
    expect({
      status,
      scripts: found.scripts,
      handlers: found.handlers,
      foreign: found.foreign,
      cdn: /unpkg|jsdelivr|cdn\./i.test(html),
    }).toEqual({
      status: 200,
      scripts: [{ attributes: `defer src="${GRAPHIQL_ASSETS}graphiql.js"`, body: '' }],
      handlers: [],
      foreign: [],
      cdn: false,
    });
  });

  it('has a CSP that lets scripts, workers and requests come from this origin only', async () => {
    const { csp } = await page();
    expect(csp).toBe(GRAPHIQL_CONTENT_SECURITY_POLICY);
    expect(csp?.split('; ').filter((d) => /^(default|script|worker|connect)-src /.test(d))).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self'",
      "connect-src 'self'",
    ]);
  });
});

/** Values that look like credentials but are not, each with the reason. */
const NOT_SECRETS = [
  { value: '', why: 'an empty password: the local Neo4j runs with authentication off' },
  { value: 'neo4j', why: "Neo4j's well-known default, used only against the local test server, which runs with authentication off" },
  { value: 'pw', file: 'server/src/config.test.ts', why: 'a configuration test reading a value back' },
];
const ASSIGNED =
  /\b[A-Za-z0-9_]*(?:password|passwd|secret|token|api_?key|private_?key)[A-Za-z0-9_]*["']?\s*[:=]\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s,;})]+))/gi;
/** Files whose bare values are values, not expressions */
const CONFIG_FILE = /\.(ya?ml|env|properties|sh|conf|ini|toml)$|^\.env|Dockerfile$/;

/** Lines of one file that put a credential in the repository: a key file, a user:password@ URI, a secret-like name given a value. */
function credentialFindings(file: string, text: string): string[] {
  const findings: string[] = [];
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) findings.push(`${file}: a private key`);
  text.split('\n').forEach((line, i) => {
    if (/\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"`]+:[^\s/@'"`]+@/i.test(line)) findings.push(`${file}:${i + 1}: a URI with a password`);
    for (const m of line.matchAll(ASSIGNED)) {
      // ${NAME:?message} and ${NAME:-default} are shell expansions reading NAME, not giving it a value.
      if (line.slice(0, m.index).endsWith('${')) continue;
      // A bare value in code is an expression (conn.password, e.NEO4J_PASSWORD); in a config file it is the value.
      const value = m[1] ?? m[2] ?? m[3] ?? (CONFIG_FILE.test(file) ? m[4] : undefined);
      if (value === undefined || /^\$\{?[A-Za-z_]/.test(value) || value.startsWith('process.env')) continue;
      if (NOT_SECRETS.some((n) => n.value === value && (n.file === undefined || n.file === file))) continue;
      findings.push(`${file}:${i + 1}: ${m[0]}`);
    }
  });
  return findings;
}

describe('the repository', () => {
  const tracked = (() => {
    try {
      return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    } catch {
      return null;
    }
  })();

  it('has a credential check that finds what it is meant to find, and passes references', () => {
    // Written with stand-ins ({colon}, PASS, AKNAME, KEYWORD) so that this file passes its own check.
    const fake = (text: string) =>
      text.replaceAll('{colon}', ':').replaceAll('PASS', 'password').replaceAll('AKNAME', 'apiKey').replaceAll('KEYWORD', 'PRIVATE KEY');
    expect(
      credentialFindings(
        'x.ts',
        fake(
          [
            "const settings = { PASS{colon} 'hunter22' };",
            'NEO4J_URI = "bolt{colon}//neo4j{colon}s3cret@db{colon}7687"',
            'const AKNAME = `abc123`;',
            'const PASS = conn.password;',
            "const pw = { PASS{colon} process.env.NEO4J_PASSWORD ?? '' };",
          ].join('\n'),
        ),
      ),
    ).toEqual([fake("x.ts:1: PASS{colon} 'hunter22'"), 'x.ts:2: a URI with a password', fake('x.ts:3: AKNAME = `abc123`')]);
    expect(
      credentialFindings(
        'compose.yml',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose's own ${VAR} syntax, as a compose file holds it
        fake('NEO4J_PASSWORD{colon} hunter22\nNEO4J_PASSWORD{colon} ${NEO4J_PASSWORD}\nAUTH{colon} ${NEO4J_PASSWORD:?set it}'),
      ),
    ).toEqual([fake('compose.yml:1: NEO4J_PASSWORD{colon} hunter22')]);
    expect(credentialFindings('key.pem', fake('-----BEGIN RSA KEYWORD-----'))).toEqual(['key.pem: a private key']);
  });

  it.runIf(tracked !== null)('holds no credentials in any tracked file but the example environment', () => {
    const findings = (tracked ?? [])
      .filter((file) => file !== '.env.example' && file !== 'package-lock.json' && !/\.(png|jpe?g|gif|ico|woff2?|pdf)$/i.test(file))
      .flatMap((file) => credentialFindings(file, readFileSync(`${ROOT}${file}`, 'utf8')));
    expect(findings).toEqual([]);
  });

  it.runIf(tracked !== null)('tracks .env.example for docker compose, with a placeholder, and never .env itself', () => {
    expect({ example: tracked?.includes('.env.example'), env: tracked?.includes('.env') }).toEqual({ example: true, env: false });
    expect(readFileSync(`${ROOT}.env.example`, 'utf8')).toMatch(/^NEO4J_PASSWORD=change-me/m);
  });
});
