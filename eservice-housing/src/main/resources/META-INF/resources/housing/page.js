import { createOnce } from '/socialkontakt/create-once.js';
import { signIn } from '/socialkontakt/staff-login.js';

/** What every signed-in housing page shares: its texts, its language, the sign-in and calls to the API. */
export const $ = (id) => document.getElementById(id);
export const lang = document.documentElement.lang;

const texts = new Map([...$('texts').content.querySelectorAll('data')].map((d) => [d.value, d.textContent]));

/** A text from the page's <template id="texts">, in the reader's language. */
export const t = (key) => texts.get(key) ?? texts.get('something-went-wrong');

/** A link on this site in the reader's language. */
export const withLang = (url) => (lang === 'en' ? `${url}${url.includes('?') ? '&' : '?'}lang=en` : url);

const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const dateTimeFormat = new Intl.DateTimeFormat(locale,
  { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
export const formatDate = (iso) => (iso ? dateFormat.format(new Date(iso)) : '–');

/** A last day ("2026-12-28") as people read a deadline: "måndag 28 december 2026". */
const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
export const formatLastDay = (day) => (day ? dayFormat.format(new Date(`${day}T12:00:00Z`)) : '–');

/** Whether a last day ("2026-12-28") has passed in the municipality's calendar. */
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
export const hasPassed = (day) => day < isoDay.format(new Date());
export const formatDateTime = (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '–');

/** Shows a line in the page's status region (role=status), which screen readers announce. */
export const status = (text) => {
  $('status').textContent = text;
};

/** Creates an element with its text set as text, never as markup. */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/**
 * Signs in (Keycloak, PKCE) and returns the API caller, or null when the user lacks the role. call(method, path,
 * { json, body, headers, creates }) resolves with { ok, status, data } where data is the JSON answer or problem, if
 * any; a call that creates is sent with an Idempotency-Key and resent once after a network failure (create-once.js).
 */
export async function connect(role) {
  const session = await signIn(document.body.dataset);
  $('user').textContent = session.user;
  $('user-line').hidden = false;
  $('logout').addEventListener('click', () => session.logout());
  if (!session.hasRole(role)) {
    status(t('no-access'));
    return null;
  }
  async function call(method, path, { json, body, headers = {}, creates = false } = {}) {
    const init = { method, headers: { Accept: 'application/json', ...headers }, body };
    if (json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(json);
    }
    const send = creates ? createOnce(session.authorizedFetch) : session.authorizedFetch;
    const response = await send(path, init);
    const type = response.headers.get('Content-Type') ?? '';
    const data = type.includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, data };
  }
  /** Fetches a file with the token and hands it to the browser as a download. */
  async function download(path, fileName) {
    const response = await session.authorizedFetch(path);
    if (!response.ok) {
      throw new Error(`download failed: ${response.status}`);
    }
    const link = element('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return { call, download };
}

/** Loads one of the pages' resources; a failure is told in the status line and ends the page's script. */
export async function load(api, path) {
  const answer = await api.call('GET', path);
  if (!answer.ok) {
    status(t('something-went-wrong'));
    throw new Error(`GET ${path}: ${answer.status}`);
  }
  return answer.data;
}
