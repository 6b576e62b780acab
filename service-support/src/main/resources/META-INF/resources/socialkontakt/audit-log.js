import { signIn } from '/socialkontakt/staff-login.js';

/**
 * The audit log's search page (support.audit.AuditLogPage), the same in every service: signs in through the service's
 * browser client, searches /api/audit and shows each entry as it is kept, newest first, one page at a time.
 */
const $ = (id) => document.getElementById(id);
const texts = new Map([...$('texts').content.querySelectorAll('data')].map((d) => [d.value, d.textContent]));
const t = (key) => texts.get(key) ?? texts.get('something-went-wrong');
const status = (text) => {
  $('status').textContent = text;
};
const FIELDS = ['actor', 'subject', 'action', 'from', 'to'];
const PAGE_SIZE = 50;
const when = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE',
  { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Stockholm' });

let session;
let criteria = new URLSearchParams();
let page = 0;

/** Shows why a search was not made, in place of the results of an earlier one. */
function showError(text) {
  $('results').hidden = true;
  $('error-text').textContent = text;
  $('error-summary').hidden = false;
  $('error-summary').focus();
  status('');
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text ?? '–';
  row.append(td);
}

function show(found) {
  const body = $('entries').querySelector('tbody');
  body.replaceChildren(...found.entries.map((entry) => {
    const row = document.createElement('tr');
    [when.format(new Date(entry.at)), entry.actor, entry.action, entry.subject, entry.detail]
      .forEach((text) => cell(row, text));
    return row;
  }));
  $('results').hidden = false;
  $('nothing-found').hidden = found.entries.length > 0;
  $('table-wrap').hidden = found.entries.length === 0;
  $('newer').hidden = found.page === 0;
  $('older').hidden = !found.more;
  status(found.entries.length > 0 ? `${t('entries-on-page')} ${found.page + 1}: ${found.entries.length}`
    : $('nothing-found').textContent);
}

async function search() {
  $('error-summary').hidden = true;
  status(t('searching'));
  const query = new URLSearchParams(criteria);
  query.set('page', page);
  query.set('size', PAGE_SIZE);
  const response = await session.authorizedFetch(`/api/audit?${query}`, { headers: { Accept: 'application/json' } });
  if (response.status === 403) {
    showError(t('no-access'));
  } else if (response.status === 400) {
    showError(t('bad-search'));
  } else if (!response.ok) {
    showError(t('something-went-wrong'));
  } else {
    show(await response.json());
  }
}

function readCriteria() {
  const given = new URLSearchParams();
  FIELDS.forEach((field) => {
    const value = $(field).value.trim();
    if (value) {
      given.set(field, value);
    }
  });
  return given;
}

async function start() {
  session = await signIn(document.body.dataset);
  $('user').textContent = session.user;
  $('user-line').hidden = false;
  $('logout').addEventListener('click', () => session.logout());
  if (!document.body.dataset.readers.split(' ').some((role) => session.hasRole(role))) {
    status(t('no-access'));
    return;
  }
  status('');
  $('app').hidden = false;
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    criteria = readCriteria();
    const from = criteria.get('from');
    const to = criteria.get('to');
    if (from && to && from > to) {
      showError(t('inverted-period'));
      return;
    }
    page = 0;
    search();
  });
  $('newer').addEventListener('click', () => {
    page -= 1;
    search();
  });
  $('older').addEventListener('click', () => {
    page += 1;
    search();
  });
}

start().catch(() => status(t('something-went-wrong')));
