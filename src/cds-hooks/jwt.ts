/// <reference types="node" />
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';

/** Algorithms CDS Hooks 2.0 requires services to accept ("Trusting CDS Clients"). */
const ALGORITHMS = ['ES384', 'RS384'];
/** jti values are remembered until their token expires, up to this many (oldest dropped first). */
const MAX_REMEMBERED_JTI = 100_000;

export interface JwtTrust {
  /** The keys of the trusted CDS clients. */
  jwks: JSONWebKeySet;
  /** `iss` values accepted. */
  issuers: readonly string[];
}

export type JwtCheck = { ok: true; issuer: string } | { ok: false; reason: string };

/**
 * Verifies a CDS client's bearer JWT: signature against the trusted keys, `iss` among the trusted
 * issuers, `aud` the endpoint being called, `exp` in the future, and a `jti` not seen before.
 */
export function createJwtVerifier(trust: JwtTrust) {
  const keys = createLocalJWKSet(trust.jwks);
  const seen = new Map<string, number>();

  return async function verify(authorization: string | undefined, audiences: readonly string[]): Promise<JwtCheck> {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) return { ok: false, reason: 'A CDS client JWT is required (Authorization: Bearer <jwt>)' };
    try {
      const { payload } = await jwtVerify(match[1]!, keys, {
        issuer: [...trust.issuers],
        audience: [...audiences],
        algorithms: ALGORITHMS,
        requiredClaims: ['iss', 'aud', 'exp', 'jti'],
      });
      const now = Date.now() / 1000;
      for (const [jti, exp] of seen) if (exp < now) seen.delete(jti);
      const key = `${payload.iss}\u0000${payload.jti}`;
      if (seen.has(key)) return { ok: false, reason: 'This JWT was already used (jti)' };
      if (seen.size >= MAX_REMEMBERED_JTI) seen.delete(seen.keys().next().value!);
      seen.set(key, payload.exp!);
      return { ok: true, issuer: payload.iss! };
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
      return { ok: false, reason: `The JWT was not accepted (${code})` };
    }
  };
}
