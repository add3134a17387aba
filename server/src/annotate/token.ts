// The token of one annotate run: made at start-up, printed in the URL, held by the page; every write
// must carry it. Compared in constant time (both sides hashed first, so their lengths match and the
// comparison says nothing about how much of a guess was right).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, URL-safe: it travels in `?token=`. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether an Authorization header is `Bearer <token>` with this run's token. */
export function bearerMatches(header: string | null, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const given = match?.[1];
  if (given === undefined) return false;
  return timingSafeEqual(digest(given), digest(token));
}
