import { createOnce } from '/socialkontakt/create-once.js';
import { signIn } from '/socialkontakt/staff-login.js';
import { ApiError, callJson } from './api.js';
import { $ } from './dom.js';
import { t } from './texts.js';

/**
 * Signs the member of staff in (Keycloak, /socialkontakt/staff-login.js) and, if they hold one of the page's roles
 * (data-roles of #staff), shows the page and answers its API: get, post and put with the bearer token, create (a
 * post sent with an Idempotency-Key and resent once after a network failure), and the roles held. Answers null to someone who may not use the page, after telling them so.
 */
export async function openStaffPage() {
  const root = $('staff');
  const status = $('sign-in-status');
  const session = await signIn(root.dataset);
  $('user').textContent = session.user;
  $('user-line').hidden = false;
  $('logout').addEventListener('click', () => session.logout());
  const roles = root.dataset.roles.split(' ').filter(session.hasRole);
  if (roles.length === 0) {
    status.textContent = t('no-access');
    return null;
  }
  status.textContent = '';
  root.hidden = false;
  const call = (method) => (path, options) => callJson(session.authorizedFetch, method, path, options);
  const withBody = (method) => (path, body) => callJson(session.authorizedFetch, method, path, { body });
  const create = (path, body) => callJson(createOnce(session.authorizedFetch), 'POST', path, { body });
  return { roles, get: call('GET'), post: withBody('POST'), put: withBody('PUT'), create };
}

/** What to tell the member of staff when a call was refused or failed. */
export function failureText(failure) {
  if (failure instanceof ApiError && failure.status === 409) {
    return t('closed');
  }
  return failure instanceof ApiError && failure.status === 400 ? t('invalid') : t('failed');
}
