// The resolver map: one module per root field, plus the object mappings, checked against the
// resolver types generated from the SDL (a root field without a resolver does not compile).
import { attendance } from './attendance.ts';
import { briefings } from './briefings.ts';
import { claims } from './claims.ts';
import { disagreements } from './disagreements.ts';
import { document } from './document.ts';
import { documents } from './documents.ts';
import { graph } from './graph.ts';
import { incidents } from './incidents.ts';
import { neighborhood } from './neighborhood.ts';
import { node } from './node.ts';
import type { QueryResolvers, Resolvers } from '../generated/schema-types.ts';
import { objectResolvers } from './objects.ts';
import { paragraph } from './paragraph.ts';
import { path } from './path.ts';
import { paths } from './paths.ts';
import { recommendations } from './recommendations.ts';
import { search } from './search.ts';
import { textSearch } from './text-search.ts';
import { timeline } from './timeline.ts';
import { trace } from './trace.ts';

export const queryResolvers = {
  node,
  search,
  briefings,
  attendance,
  incidents,
  trace,
  recommendations,
  claims,
  neighborhood,
  path,
  paths,
  graph,
  documents,
  document,
  paragraph,
  textSearch,
  disagreements,
  timeline,
} satisfies Required<QueryResolvers>;

export const resolvers = { Query: queryResolvers, ...objectResolvers } satisfies Resolvers;
