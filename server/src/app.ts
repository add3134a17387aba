// The server object: schema, resolvers, limits (depth, aliases, cost, the answer's size), error
// masking and the request log, the HTTP guards (allowed hosts, rate limit, CSRF prevention,
// security headers), /health and the viewer, with no port. index.ts listens; tests call app.fetch(...).
// With a response cache, a hit that reaches the app as node:http's listener is answered before
// yoga (plugins/response-cache-http.ts); app.fetch and app.requestListener always go through yoga.
import { readdirSync, readFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type IExecutableSchemaDefinition, makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import {
  createLogger,
  createYoga,
  type GraphiQLOptions,
  type LogLevel,
  type Plugin,
  type YogaLogger,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { AppContext } from './context.ts';
import { LimitExceededError, maskError } from './errors.ts';
import { MAX_COST } from './cost.ts';
import { GRAPHIQL_ASSETS, renderGraphiQLPage, useGraphiQLAssets } from './graphiql.ts';
import { checkHealth, healthResponse } from './health.ts';
import { hostAllowed, LOOPBACK_HOSTS, requestHost, useAllowedHosts } from './plugins/allowed-hosts.ts';
import { countListItems, MAX_ANSWER_OBJECTS, useAnswerLimit } from './plugins/answer-limit.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useCompiledExecution } from './plugins/compiled-execution.ts';
import { useCostLimit } from './plugins/cost-limit.ts';
import { useCSRFPrevention } from './plugins/csrf-prevention.ts';
import { useHealthEndpoint } from './plugins/health-endpoint.ts';
import { type ClientAddress, createRateLimiter, type RateLimit } from './plugins/rate-limit.ts';
import { createRequestLog } from './plugins/request-log.ts';
import { useRequestParams } from './plugins/request-params.ts';
import type { ResponseCache } from './plugins/response-cache.ts';
import { createCacheHitHandler } from './plugins/response-cache-http.ts';
import { guarded, useSecurityHeaders } from './plugins/security-headers.ts';
import { useEnumValuesInValidation } from './enum-values.ts';
import { useReadOnly } from './read-only.ts';
import { resolvers } from './resolvers/index.ts';
import { useStaticFiles } from './static.ts';
import type { GraphStore } from './store/types.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));
const VIEWER_DIR = fileURLToPath(new URL('../../client/dist/', import.meta.url));
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
/** yoga's own liveness check (200 while the process runs); /health is the one that asks the store. */
export const LIVE_PATH = '/live';

/** Query limits: generous for anything the viewer or a person writes, small for abuse. */
export const LIMITS = { depth: 12, aliases: 15, tokens: 2000, directives: 20, bodyBytes: 100_000 } as const;

export interface AppOptions {
  store: GraphStore;
  /** yoga's logger, a level, or false for silence (tests). Default: 'info'. */
  logger?: YogaLogger | LogLevel | boolean;
  /** Origins allowed to call the API from a browser; empty (the default) turns CORS off. */
  corsOrigins?: readonly string[];
  /** The built viewer; default client/dist. */
  viewerDir?: string;
  /** How long /health waits for the store. */
  healthTimeoutMs?: number;
  /** Host names (name, or name:port) requests may be addressed to; default the loopback names on any port. */
  allowedHosts?: readonly string[];
  /** Per-client rate limit; default none (index.ts passes the configured one). */
  rateLimit?: RateLimit | null;
  /** The client's address, for the rate limit; default the peer address of the node:http socket. */
  clientAddress?: ClientAddress;
  /** How long a 429 is held before it is sent (default REFUSAL_HOLD_MS). */
  rateLimitHoldMs?: number;
  /** The query cost ceiling (default MAX_COST) and the answer's size bound (default MAX_ANSWER_OBJECTS). */
  maxCost?: number;
  maxAnswerObjects?: number;
  /** The response cache (plugins/response-cache.ts); default none. Its counters show in /health. */
  responseCache?: ResponseCache | null;
  /**
   * Annotate mode (server/src/annotate/mode.ts): its SDL, the whole resolver map, and its plugins (the
   * write guard). Without it the API only reads: no Mutation type, and the read-only rule.
   */
  annotate?: { typeDefs: readonly string[]; resolvers: ResolverMap; plugins: readonly Plugin[] };
}

export type App = YogaServerInstance<Record<string, never>, AppContext>;
/** One resolver map (graphql-tools also accepts a list of them; we do not). */
export type ResolverMap = Exclude<NonNullable<IExecutableSchemaDefinition['resolvers']>, unknown[]>;

/** Loaded only by annotate mode (server/src/annotate/mode.ts): `npm start` has no Mutation type. */
export const ANNOTATE_SDL = 'annotate.graphql';

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql') && name !== ANNOTATE_SDL)
    .sort()
    .map((name) => readFileSync(`${dir}${name}`, 'utf8'));
}

/** A schema whose every root field has a resolver and every resolver a field, or an error now. */
export function buildSchema(resolverMap: ResolverMap = resolvers, extraTypeDefs: readonly string[] = []): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: [...loadTypeDefs(), ...extraTypeDefs],
    resolvers: resolverMap,
    resolverValidationOptions: {
      requireResolversForResolveType: 'error',
      requireResolversToMatchSchema: 'error',
      requireResolversForArgs: 'error',
    },
  });
  // requireResolversForArgs covers root fields with arguments; this covers the others (incidents, documents).
  const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
  const given = resolverMap['Query'];
  const missing = fields.filter((field) => typeof given !== 'object' || !Object.hasOwn(given, field));
  if (missing.length > 0) throw new Error(`No resolver for Query.${missing.join(', Query.')}`);
  return schema;
}

/** graphql-armor reports its limits as "Syntax Error: …" with no code; report them as LIMIT_EXCEEDED. */
function rejectAs(limit: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const limitError = new LimitExceededError(error.message.replace(/^Syntax Error: /, ''), limit);
      // The token limit runs in the parser, with no validation context to report to.
      if (context) context.reportError(limitError);
      else throw limitError;
    },
  ];
}

export function createApp(options: AppOptions): App {
  const { store } = options;
  const viewerDir = options.viewerDir ?? VIEWER_DIR;
  const corsOrigins = options.corsOrigins ?? [];
  const allowedHosts = options.allowedHosts ?? LOOPBACK_HOSTS;
  // propagateOnRejection off: rejectAs() reports the error with its code instead of armor's own.
  const armor = { enabled: true, propagateOnRejection: false, exposeLimits: true } as const;
  const requestLog = createRequestLog(baseLogger(options.logger ?? 'info'));
  const guard = (plugin: Plugin) => guarded(plugin, requestLog.fault);
  const rateLimiter = options.rateLimit
    ? createRateLimiter(options.rateLimit, (p) => p === HEALTH_PATH || p === LIVE_PATH, options.clientAddress, options.rateLimitHoldMs)
    : null;
  const graphiqlOptions: GraphiQLOptions = {
    title: 'Testimony Graph',
    defaultQuery: `# Who attended the SITE briefings of 2019, and where does the text say so?
{
  attendance(election: 2019) {
    person { id name }
    event { id name }
    evidence { paragraph quote }
  }
}
`,
  };

  const yoga = createYoga<Record<string, never>, AppContext>({
    schema: countListItems(
      options.annotate ? buildSchema(options.annotate.resolvers, options.annotate.typeDefs) : buildSchema(),
      options.maxAnswerObjects ?? MAX_ANSWER_OBJECTS,
    ),
    context: { store },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: LIVE_PATH,
    landingPage: false,
    // Every error yoga would log goes through the request log: once, throttled, with its cause.
    logging: requestLog.yogaLogger,
    maskedErrors: { maskError, isDev: false },
    // useBodyLimit below enforces LIMITS.bodyBytes; yoga's own limit costs a stream per request.
    maxRequestBodySize: false,
    cors: corsOrigins.length === 0 ? false : { origin: [...corsOrigins], methods: ['GET', 'POST'], credentials: false },
    // Served from this process (./graphiql.ts), not from a CDN. yoga renders the page before any
    // plugin runs, so the page itself checks the host: for another host, the request goes on to
    // useAllowedHosts, which refuses it.
    renderGraphiQL: renderGraphiQLPage,
    graphiql: (request) => (hostAllowed(requestHost(request, new URL(request.url)), allowedHosts) ? graphiqlOptions : false),
    plugins: [
      // First: they see every request, and every error before it is masked.
      requestLog.plugin,
      useSecurityHeaders(),
      guard(useAllowedHosts(allowedHosts)),
      ...(rateLimiter ? [guard(rateLimiter.plugin)] : []),
      // Annotate mode writes: its plugins guard the mutations instead (token, origin).
      ...(options.annotate ? options.annotate.plugins : [useReadOnly()]),
      guard(useGraphiQLAssets(GRAPHQL_PATH)),
      guard(
        useHealthEndpoint(HEALTH_PATH, async (ResponseClass) =>
          healthResponse(await checkHealth(store, options.healthTimeoutMs), ResponseClass, options.responseCache?.stats()),
        ),
      ),
      guard(
        useStaticFiles({
          root: viewerDir,
          skip: (pathname) =>
            pathname === GRAPHQL_PATH ||
            pathname.startsWith(`${GRAPHQL_PATH}/`) ||
            pathname === HEALTH_PATH ||
            pathname === LIVE_PATH ||
            pathname.startsWith(GRAPHIQL_ASSETS),
        }),
      ),
      useCSRFPrevention(),
      // After every guard (hosts, rate limit, CSRF): a kept answer is sent only to a request they let through.
      ...(options.responseCache ? [options.responseCache.plugin] : []),
      EnvelopArmorPlugin({
        maxTokens: { n: LIMITS.tokens, ...armor, onReject: rejectAs('tokens') },
        maxDepth: { n: LIMITS.depth, ...armor, onReject: rejectAs('depth') },
        maxAliases: { n: LIMITS.aliases, ...armor, onReject: rejectAs('aliases') },
        maxDirectives: { n: LIMITS.directives, ...armor, onReject: rejectAs('directives') },
        // armor's cost limit counts only literal first/last arguments; useCostLimit counts limit:, variables and defaults.
        costLimit: { enabled: false },
        // Keep "Did you mean …?": the schema is public (GraphiQL shows it), the hints help people.
        blockFieldSuggestion: { enabled: false },
      }),
      // An unknown kind or relation type is answered with every allowed value, not just the closest.
      useEnumValuesInValidation(),
      // Before compiled execution: a refused query is never compiled.
      useCostLimit(options.maxCost ?? MAX_COST),
      useAnswerLimit(options.maxAnswerObjects ?? MAX_ANSWER_OBJECTS),
      useCompiledExecution(),
      requestLog.executionPlugin,
      // Last: they wrap whichever request parser the plugins before them chose.
      useBodyLimit(LIMITS.bodyBytes),
      useRequestParams(),
    ],
  });
  // A kept answer is sent from the node:http request itself when every guard above lets it through
  // (plugins/response-cache-http.ts lists them). Not with CORS (its headers are yoga's to write) nor
  // in annotate mode (its plugins, and it has no cache), nor with a client address other than the
  // socket's (the limiter would need the fetch Request).
  const cache = options.responseCache;
  if (!cache || options.annotate || corsOrigins.length > 0 || (rateLimiter && options.clientAddress)) return yoga;
  const answerHit = createCacheHitHandler(cache, { path: GRAPHQL_PATH, allowedHosts, rateLimiter, bodyBytes: LIMITS.bodyBytes });
  // The app stays yoga's object (app.fetch, dispose…); only calling it as node:http's listener changes.
  return new Proxy(yoga, {
    // node:http's EventEmitter calls a listener as listener.apply(server, args), and yoga's own Proxy
    // answers 'apply' (and 'call') with its inner handler bound, which would skip the trap below.
    get(target, prop, receiver) {
      if (prop === 'apply' || prop === 'call') return Reflect.get(Function.prototype, prop);
      return Reflect.get(target, prop, receiver);
    },
    apply(target, thisArg, args: unknown[]) {
      const [req, res] = args;
      if (!(req instanceof IncomingMessage) || !(res instanceof ServerResponse)) return Reflect.apply(target, thisArg, args);
      return answerHit(req, res).then(
        ({ answered, body }) => {
          if (answered) return;
          // The body is read: yoga takes it from req.body (whatwg-node's rule for frameworks that read it first).
          if (body !== undefined) Object.assign(req, { body });
          return Reflect.apply(target, thisArg, args);
        },
        // Only reading the body can fail: the client went away, and there is no one left to answer.
        () => res.destroy(),
      );
    },
  });
}

/** The logger the options name: a logger, a level, or on/off. */
function baseLogger(given: YogaLogger | LogLevel | boolean): YogaLogger {
  if (typeof given === 'object') return given;
  if (typeof given === 'string') return createLogger(given);
  return createLogger(given ? 'info' : 'silent');
}
