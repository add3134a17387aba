// The resolver map: one module per root field, plus the object mappings.
import { attendance } from './attendance.ts';
import { briefings } from './briefings.ts';
import { claims } from './claims.ts';
import { documents } from './documents.ts';
import { graph } from './graph.ts';
import { incidents } from './incidents.ts';
import { neighborhood } from './neighborhood.ts';
import { node } from './node.ts';
import { objectResolvers } from './objects.ts';
import { paragraph } from './paragraph.ts';
import { path } from './path.ts';
import { recommendations } from './recommendations.ts';
import { search } from './search.ts';
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
  graph,
  documents,
  paragraph,
};

export const resolvers = { Query: queryResolvers, ...objectResolvers };
