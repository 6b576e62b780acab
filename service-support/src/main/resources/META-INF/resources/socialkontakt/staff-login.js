/* global Keycloak -- keycloak-js, which the page loads from its service's webjar before this module runs */

// A token about to expire is renewed before a call, so that no call leaves with one that dies on the way.
const MIN_VALIDITY_SECONDS = 30;

/**
 * Signs a member of staff in through Keycloak for any Socialkontakt staff page: authorization code flow with PKCE
 * (S256) for a public client; a visitor who is not signed in is sent to Keycloak's login form (in the page's
 * language) and comes back signed in. Where to sign in comes from the service, which renders its
 * quarkus.oidc.auth-server-url (".../realms/<realm>") and its browser client's id into the page.
 *
 * Resolves with the session: the user's name, hasRole(), authorizedFetch() (fetch with a fresh bearer token), token()
 * and expiresSoon() for connections that carry a token, and logout(). A session that can no longer be renewed sends the browser to the login form again.
 */
export async function signIn({ authServerUrl, clientId }) {
  const [url, realm] = authServerUrl.replace(/\/+$/, '').split('/realms/');
  const keycloak = new Keycloak({ url, realm, clientId });
  const locale = document.documentElement.lang;
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // No login iframe: it needs third-party cookies, and no page here depends on a session ended elsewhere.
    checkLoginIframe: false,
    locale,
  });

  async function freshToken() {
    try {
      await keycloak.updateToken(MIN_VALIDITY_SECONDS);
    } catch (sessionOver) {
      await keycloak.login({ locale });
      throw sessionOver;
    }
    return keycloak.token;
  }

  return {
    user: keycloak.tokenParsed.preferred_username,
    hasRole: (role) => keycloak.hasRealmRole(role),
    async authorizedFetch(resource, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${await freshToken()}`);
      return fetch(resource, { ...init, headers });
    },
    /** A token valid for a while yet, for what cannot take a header (a WebSocket's subprotocol). */
    token: freshToken,
    /** Whether the token runs out soon: a connection opened with it must then be renewed. */
    expiresSoon: () => keycloak.isTokenExpired(MIN_VALIDITY_SECONDS),
    logout: () => keycloak.logout({ redirectUri: location.href }),
  };
}
