/* global Keycloak -- keycloak-js, which the page loads from its webjar before this module runs */

/**
 * The public forms' optional e-ID sign-in (templates/resident-sign-in.html). The page never sends anyone to
 * Keycloak by itself: only the button does, and the page then comes back signed in (authorization code with PKCE).
 * Resolves with the fetch the form sends with: the plain one, or one that carries the resident's token, so that the
 * contact is theirs and its answers reach "Mina kontakter".
 */
export async function residentFetch(offer) {
  const { authServerUrl, clientId } = offer.dataset;
  const [url, realm] = authServerUrl.replace(/\/+$/, '').split('/realms/');
  const keycloak = new Keycloak({ url, realm, clientId });
  const locale = document.documentElement.lang;
  try {
    await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false, locale });
  } catch {
    // Keycloak out of reach: the form still works without signing in.
  }
  offer.querySelector('.sign-in').addEventListener('click', () => keycloak.login({ locale }));
  if (!keycloak.authenticated) {
    return fetch;
  }
  offer.querySelector('.offer').hidden = true;
  offer.querySelector('.signed-in').hidden = false;
  return async (resource, init = {}) => {
    await keycloak.updateToken(30);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${keycloak.token}`);
    return fetch(resource, { ...init, headers });
  };
}
