// A request whose parameters cannot be read is the client's mistake: 400 BAD_REQUEST naming the
// parameter, not a 500 with a stack. yoga's GET parser (and its form parser) call JSON.parse on
// `variables` and `extensions` as they are, so `?variables={` threw a SyntaxError that yoga
// answered 500 and logged twice with its stack. Must come after the other request-parser plugins
// (body-limit.ts): it wraps whichever parser they chose.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function badParameter(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/** A parameter of a GET URL (or a form) that must be a JSON object when given. */
function jsonObject(name: string, text: string | null): Record<string, unknown> | undefined {
  if (text === null || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badParameter(
      `The ${name} parameter is not valid JSON; it must be a JSON object, URL-encoded (${name}=%7B%22id%22%3A%221%22%7D).`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badParameter(`The ${name} parameter must be a JSON object.`);
  // Object.fromEntries: a plain object with the same own keys, without a cast.
  return Object.fromEntries(Object.entries(value));
}

export interface GraphQLParams {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** The GraphQL parameters of a query string, every problem a 400 naming its parameter. */
export function paramsFromSearch(search: URLSearchParams): GraphQLParams {
  const params: GraphQLParams = {};
  const query = search.get('query');
  if (query) params.query = query;
  const operationName = search.get('operationName');
  if (operationName) params.operationName = operationName;
  const variables = jsonObject('variables', search.get('variables'));
  if (variables) params.variables = variables;
  const extensions = jsonObject('extensions', search.get('extensions'));
  if (extensions) params.extensions = extensions;
  return params;
}

export function useRequestParams(): Plugin {
  return {
    onRequestParse({ request, url, requestParser, setRequestParser }) {
      if (request.method === 'GET') {
        setRequestParser(() => paramsFromSearch(url.searchParams));
        return;
      }
      if (!requestParser) return;
      const parse = requestParser;
      // Any other parser (a form POST, multipart): what is not already a GraphQL error is a malformed request.
      setRequestParser(async (req) => {
        try {
          return await parse(req);
        } catch (error) {
          // yoga marks "POST body sent invalid JSON." as a spec error, which it answers 200 to an
          // application/json client; the GraphQL-over-HTTP spec says a parse failure SHOULD be 400.
          if (error instanceof GraphQLError && error.extensions?.['code'] === 'BAD_REQUEST') throw badParameter(error.message);
          if (error instanceof GraphQLError) throw error;
          throw badParameter('The request body could not be read as GraphQL parameters.');
        }
      });
    },
  };
}
