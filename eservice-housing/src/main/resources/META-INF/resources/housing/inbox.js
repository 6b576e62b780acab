import { $, connect, element, formatDate, load, status, t, withLang } from './page.js';

/** The assessors' inbox, oldest first, and the applications flagged for the follow-up report. */
const api = await connect('assessor');
if (api) {
  const [inbox, flags] = await Promise.all([load(api, '/api/assessor/applications'), load(api, '/api/assessor/flags')]);
  $('empty-inbox').hidden = inbox.length > 0;
  $('inbox').hidden = inbox.length === 0;
  $('inbox').tBodies[0].replaceChildren(...inbox.map((summary) => {
    const row = element('tr');
    const reference = element('td');
    reference.append(link(summary));
    row.append(reference, element('td', t(`status-${summary.status}`)), element('td', formatDate(summary.submittedAt)),
      element('td', t(`channel-${summary.channel}`)), element('td', summary.assessor ?? t('unassigned')));
    return row;
  }));
  $('no-flags').hidden = flags.length > 0;
  $('flags').replaceChildren(...flags.map((flagged) => {
    const item = element('li', `${t(`flag-${flagged.flag}`)}: `);
    item.append(link(flagged));
    return item;
  }));
  $('csv').addEventListener('click', () => api.download('/api/assessor/flags/export.csv', 'flaggade-ansokningar.csv'));
  $('app').hidden = false;
  status('');
}

function link(summary) {
  const anchor = element('a', summary.reference);
  anchor.href = withLang(`/handlaggning/${summary.id}`);
  return anchor;
}
