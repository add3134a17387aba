// The server object: schema, resolvers, limits, error masking, /health and the viewer, with no
// port. index.ts listens; tests call app.fetch(...).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type IExecutableSchemaDefinition, makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import { createYoga, type LogLevel, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { AppContext } from './context.ts';
import { LimitExceededError, maskError } from './errors.ts';
import { renderGraphiQLPage, useGraphiQLAssets } from './graphiql.ts';
import { checkHealth, healthResponse } from './health.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useCompiledExecution } from './plugins/compiled-execution.ts';
import { useHealthEndpoint } from './plugins/health-endpoint.ts';
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
}

export type App = YogaServerInstance<Record<string, never>, AppContext>;
/** One resolver map (graphql-tools also accepts a list of them; we do not). */
export type ResolverMap = Exclude<NonNullable<IExecutableSchemaDefinition['resolvers']>, unknown[]>;

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${dir}${name}`, 'utf8'));
}

/** A schema whose every root field has a resolver and every resolver a field, or an error now. */
export function buildSchema(resolverMap: ResolverMap = resolvers): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
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
  // propagateOnRejection off: rejectAs() reports the error with its code instead of armor's own.
  const armor = { enabled: true, propagateOnRejection: false, exposeLimits: true } as const;

  return createYoga<Record<string, never>, AppContext>({
    schema: buildSchema(),
    context: { store },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: LIVE_PATH,
    landingPage: false,
    logging: options.logger ?? 'info',
    maskedErrors: { maskError, isDev: false },
    // useBodyLimit below enforces LIMITS.bodyBytes; yoga's own limit costs a stream per request.
    maxRequestBodySize: false,
    cors: corsOrigins.length === 0 ? false : { origin: [...corsOrigins], methods: ['GET', 'POST'], credentials: false },
    // Served from this process (./graphiql.ts), not from a CDN.
    renderGraphiQL: renderGraphiQLPage,
    graphiql: {
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
    },
    plugins: [
      useReadOnly(),
      useGraphiQLAssets(GRAPHQL_PATH),
      useHealthEndpoint(HEALTH_PATH, async (ResponseClass) => healthResponse(await checkHealth(store, options.healthTimeoutMs), ResponseClass)),
      useStaticFiles({
        root: viewerDir,
        skip: (pathname) => pathname === GRAPHQL_PATH || pathname.startsWith(`${GRAPHQL_PATH}/`) || pathname === HEALTH_PATH,
      }),
      EnvelopArmorPlugin({
        maxTokens: { n: LIMITS.tokens, ...armor, onReject: rejectAs('tokens') },
        maxDepth: { n: LIMITS.depth, ...armor, onReject: rejectAs('depth') },
        maxAliases: { n: LIMITS.aliases, ...armor, onReject: rejectAs('aliases') },
        maxDirectives: { n: LIMITS.directives, ...armor, onReject: rejectAs('directives') },
        // The depth, alias and token limits already bound the cost of a query on this graph.
        costLimit: { enabled: false },
        // Keep "Did you mean …?": the schema is public (GraphiQL shows it), the hints help people.
        blockFieldSuggestion: { enabled: false },
      }),
      useCompiledExecution(),
      // Last: it wraps whichever request parser the plugins before it chose.
      useBodyLimit(LIMITS.bodyBytes),
    ],
  });
}
