// Generators of hostile GraphQL requests for the fuzz tests: every root field with values of any
// type in its arguments (given inline or as variables), injection strings in every string
// argument, broken query text and broken request bodies.
import fc from 'fast-check';
import { NODE_KINDS } from '../graph/src/model.ts';

/** Strings an attacker tries in an argument that reaches a database. */
export const INJECTIONS: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "azam-ishmael' OR '1'='1",
  '}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //",
  '`) DETACH DELETE n //',
  '$id',
  '{id: "azam-ishmael"}',
  'azam-ishmael\\',
  '\\"; CALL dbms.killQueries([]) //',
  "' UNION MATCH (n) RETURN n //",
  '*/ MATCH (n) SET n.pwned = true /*',
  'azam-ishmael\u0000',
  '\u0000',
  'azam\u200Bishmael', // a zero-width space inside an id
  '\u202Eleahcim-maza', // a right-to-left override
  'azam-ishmael\u202E',
  '\uFEFFazam-ishmael',
  '\uD800', // a lone high surrogate
  'x\uDC00y', // a lone low surrogate
  'Ishmae\u0308l', // a combining mark
  '%00%27%20OR%201%3D1',
  'x'.repeat(200),
  'x'.repeat(201),
  '\u00e9'.repeat(5000),
  '..\\..\\..\\etc\\passwd',
  '<script>alert(1)</script>',
];

const KNOWN_IDS = [
  'azam-ishmael',
  'braeden-caley',
  'liberal-party',
  'account-breach-2021',
  'site-briefings-2019',
  'election-2019',
  'stage1-interview-summary-azam-ishmael',
];

/** Any string: printable, any UTF-16 unit (lone surrogates too), long, or a known injection. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ minLength: 190, maxLength: 260 }),
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...KNOWN_IDS),
);

/** Any JSON value a client could send for an argument, mostly of the right type. */
const anyValue = (right: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: right },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.constantFrom(2016, 2019, 2021, 5000, 5001, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(2 ** 31, 1e300, -0),
);

const kinds = fc.array(fc.oneof(fc.constantFrom(...NODE_KINDS), hostileString), { maxLength: 4 });

interface Arg {
  name: string;
  type: string;
  value: fc.Arbitrary<unknown>;
}

interface Field {
  name: string;
  args: Arg[];
  selection: string;
}

const id = (name: string, required = true): Arg => ({ name, type: required ? 'ID!' : 'ID', value: hostileString });
const int = (name: string, required = false): Arg => ({ name, type: required ? 'Int!' : 'Int', value: hostileInt });

/** Every root field, with its arguments and a selection that reaches nested records. */
export const FIELDS: readonly Field[] = [
  { name: 'node', args: [id('id')], selection: '{ id name kind aliases evidence { quote } relations { id type direction node { id } } }' },
  {
    name: 'search',
    args: [
      { name: 'text', type: 'String!', value: hostileString },
      { name: 'kinds', type: '[NodeKind!]', value: kinds },
      id('document', false),
      int('limit'),
    ],
    selection: '{ id name }',
  },
  {
    name: 'briefings',
    args: [int('election'), id('document', false)],
    selection: '{ id election organizer { id } attendees { person { id } negative } }',
  },
  {
    name: 'attendance',
    args: [int('election'), id('document', false), int('first')],
    selection: '{ person { id } event { id } evidence { paragraph } negative representing { id } }',
  },
  { name: 'incidents', args: [id('document', false)], selection: '{ id responseCount reportedTo { actor { id } } }' },
  {
    name: 'trace',
    args: [id('incident')],
    selection: '{ incident { id } steps { order response { id } actors { id } } end { explicit afterStep } }',
  },
  { name: 'recommendations', args: [id('by', false), id('document', false)], selection: '{ id text by { id } addressedTo { id } }' },
  {
    name: 'claims',
    args: [id('about', false), id('by', false), id('document', false)],
    selection: '{ id negative by { id } about { id } }',
  },
  { name: 'neighborhood', args: [id('id'), int('depth')], selection: '{ nodes { id } edges { id source target } truncated }' },
  { name: 'path', args: [id('from'), id('to'), int('maxHops')], selection: '{ nodes { id } edges { id } }' },
  {
    name: 'graph',
    args: [{ name: 'kinds', type: '[NodeKind!]', value: kinds }, int('election'), id('document', false), int('limit')],
    selection: '{ nodes { id negative } edges { id negative } truncated }',
  },
  { name: 'documents', args: [], selection: '{ id paragraphs { number } interview { id } }' },
  {
    name: 'disagreements',
    args: [id('about', false), id('document', false), int('first')],
    selection: '{ kind reason about { id } first { claim { id } by { id } evidence { quote } } second { claim { id } } }',
  },
  {
    name: 'timeline',
    args: [
      id('document', false),
      int('election'),
      { name: 'from', type: 'String', value: hostileString },
      { name: 'to', type: 'String', value: hostileString },
      int('first'),
    ],
    selection: '{ node { id } date start end precision documents }',
  },
  { name: 'paragraph', args: [id('document'), int('number', true)], selection: '{ number text mentions }' },
];

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown>;
}

/** One root field with hostile arguments, passed as variables (any JSON, so of any type) or inline (valid literals only). */
export const fieldRequest: fc.Arbitrary<GraphQLRequestBody> = fc
  .constantFrom(...FIELDS)
  .chain((field) =>
    fc.record({
      field: fc.constant(field),
      inline: fc.boolean(),
      values: fc.tuple(...field.args.map((a) => fc.option(anyValue(a.value), { nil: undefined }))),
    }),
  )
  .map(({ field, inline, values }) => {
    const given = field.args
      .map((arg, i) => ({ arg, value: values[i] }))
      .filter(({ arg, value }) => value !== undefined || arg.type.endsWith('!'));
    if (inline) {
      // GraphQL literals: JSON.stringify writes a valid String literal for any string, lone surrogates escaped.
      const literal = (v: unknown): string =>
        Array.isArray(v)
          ? `[${v.map(literal).join(', ')}]`
          : typeof v === 'string'
            ? JSON.stringify(v)
            : v === null || v === undefined
              ? 'null'
              : typeof v === 'object'
                ? '{}'
                : String(v);
      const args = given.map(({ arg, value }) => `${arg.name}: ${literal(value)}`).join(', ');
      return { query: `{ ${field.name}${args ? `(${args})` : ''} ${field.selection} }` };
    }
    const declarations = given.map(({ arg }) => `$${arg.name}: ${arg.type}`).join(', ');
    const args = given.map(({ arg }) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      query: `query${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''} ${field.selection} }`,
      variables: Object.fromEntries(given.map(({ arg, value }) => [arg.name, value ?? null])),
    };
  });

/** Query text with characters cut out or inserted: syntax errors, unknown fields, unclosed braces. */
export const brokenQuery: fc.Arbitrary<GraphQLRequestBody> = fc
  .tuple(fieldRequest, fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 }))
  .map(([request, at, cut, insert]) => {
    const i = at % (request.query.length + 1);
    return { ...request, query: request.query.slice(0, i) + insert + request.query.slice(i + cut) };
  });

/** Request bodies that are JSON of any shape, or not JSON at all. */
export const anyBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record({
      query: fc.oneof(hostileString, fc.jsonValue()),
      variables: fc.jsonValue(),
      operationName: fc.oneof(hostileString, fc.jsonValue()),
    })
    .map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
