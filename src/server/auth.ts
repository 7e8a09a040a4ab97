// Who may do what: writes always need the token; reads too when the server listens beyond
// the loopback interface. The token travels as "Authorization: Bearer TOKEN".
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';

export function generateToken(): string {
  return randomBytes(18).toString('base64url');
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Constant-time comparison of the presented token with the server's. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}
