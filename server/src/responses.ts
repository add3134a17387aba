// Answers given outside GraphQL execution (a refused host, a missing CSRF header, a rate limit, a
// path with no file): a status, and a body in GraphQL's error shape with a code, on every path, so
// a client (the viewer's api.ts among them) reads every refusal the same way. Never a stack or a
// file path.

export type RefusalCode =
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'HOST_NOT_ALLOWED'
  | 'CSRF_PREVENTED'
  | 'RATE_LIMITED'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_ACCEPTABLE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function codedResponse(
  ResponseClass: typeof Response,
  status: number,
  code: RefusalCode,
  message: string,
  options: { headers?: Record<string, string>; extensions?: Record<string, unknown>; head?: boolean } = {},
): Response {
  const body = JSON.stringify({ errors: [{ message, extensions: { ...options.extensions, code } }] });
  return new ResponseClass(options.head ? null : body, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...options.headers },
  });
}
