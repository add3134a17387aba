// Only requests addressed to a host this server answers for: a page on evil.example whose name
// was re-pointed at 127.0.0.1 (DNS rebinding) sends `Host: evil.example:4000`, and is refused
// (403 HOST_NOT_ALLOWED) before anything else runs. The host name is what matters: the attacker
// chooses the name, never the port it reaches.
import type { Plugin } from 'graphql-yoga';
import { codedResponse } from '../responses.ts';

/** The loopback names, on any port: what a browser on this machine sends for a local server. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** "Host: name[:port]" split; IPv6 addresses come in brackets. Lower case; null when malformed. */
export function parseHost(value: string): { name: string; port: string | undefined } | null {
  const host = value.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host);
  if (!match?.[1]) return null;
  // A trailing dot names the same host ("localhost." is localhost).
  return { name: match[1].replace(/\.$/, ''), port: match[2] };
}

/**
 * Whether a Host header is one of `allowed`: each entry a name (any port) or name:port, or "*"
 * (every host: the check is off).
 */
export function hostAllowed(value: string | null, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const host = value === null ? null : parseHost(value);
  if (!host) return false;
  return allowed.some((entry) => {
    const wanted = parseHost(entry);
    return wanted !== null && wanted.name === host.name && (wanted.port === undefined || wanted.port === host.port);
  });
}

/** The host a request is addressed to. */
export function requestHost(request: Request, url: URL): string {
  // app.fetch('http://localhost/…') carries no Host header: its URL's host stands for it.
  return request.headers.get('host') ?? url.host;
}

/**
 * Refuses every request for another host. yoga answers its liveness check (/live) before any
 * plugin, whatever the host, which is what an orchestrator asking by address needs; app.ts keeps
 * GraphiQL's page behind this check.
 */
export function useAllowedHosts(allowed: readonly string[]): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const host = requestHost(request, url);
      if (hostAllowed(host, allowed)) return;
      const shown = host.length > 100 ? `${host.slice(0, 100)}…` : host;
      endResponse(
        codedResponse(
          fetchAPI.Response,
          403,
          'HOST_NOT_ALLOWED',
          `This server does not answer for the host "${shown}"; its operator can add it to ALLOWED_HOSTS.`,
          {
            head: request.method === 'HEAD',
          },
        ),
      );
    },
  };
}
