import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcConfig } from "../config";
import { getDataSource } from "../db";
import { logger } from "../logger";
import { cityAccount, type CityClaims, type CityRefusal } from "./city-sign-in";

/** next-auth's id of the city's provider: `/api/auth/signin/city`, `/api/auth/callback/city`. */
export const CITY_PROVIDER_ID = "city";

/** The user next-auth carries from the provider's callback to the `signIn` and `jwt` callbacks. */
export interface CityProfileUser {
  id: string;
  email?: string;
  name?: string;
  sessionVersion?: number;
  /** Set when the sign-in is refused: the `signIn` callback sends the person back with it. */
  cityRefusal?: CityRefusal;
}

/**
 * The city's OpenID Connect provider (discovery from OIDC_ISSUER). The ID token is
 * verified (signature, issuer, audience, nonce, with PKCE and state), then merged with
 * the userinfo answer: Keycloak and Entra ID put the groups in the token, providers that
 * follow the spec to the letter only in userinfo.
 */
export function cityProvider(cfg: OidcConfig): OAuthConfig<CityClaims> {
  return {
    id: CITY_PROVIDER_ID,
    name: "Urząd Miasta Torunia",
    type: "oauth",
    wellKnown: `${cfg.issuer}/.well-known/openid-configuration`,
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: cfg.scope } },
    userinfo: {
      async request({ tokens, client }) {
        // next-auth hands over openid-client's TokenSet (typed as its plain parameters).
        const set = tokens as Parameters<typeof client.userinfo>[0] & { claims(): CityClaims };
        const claims = set.claims();
        try {
          // openid-client checks that userinfo's `sub` is the token's.
          const info = (await client.userinfo(set)) as CityClaims;
          return { ...info, ...claims, sub: claims.sub };
        } catch (err) {
          logger.warn({ err }, "city sign-in: userinfo failed, the ID token's claims are used alone");
          return claims;
        }
      },
    },
    async profile(claims): Promise<CityProfileUser> {
      const result = await cityAccount(await getDataSource(), claims, cfg);
      if (!result.ok) {
        logger.info({ reason: result.reason }, "city sign-in refused");
        return { id: "refused", cityRefusal: result.reason };
      }
      const { id, email, name, sessionVersion } = result.user;
      return { id, email, name, sessionVersion };
    },
  };
}
