import { $, connect, element, formatDate, load, status, t, withLang } from './page.js';

/**
 * The assessors' inbox, oldest first; the finished cases; a search by reference, personal identity number or name
 * (audited by the API); and the applications flagged for the follow-up report.
 */
const api = await connect('assessor');
if (api) {
  const [inbox, flags] = await Promise.all([load(api, '/api/assessor/applications'), load(api, '/api/assessor/flags')]);
  show(inbox, 'inbox-heading', t('empty-inbox-text'));
  $('no-flags').hidden = flags.length > 0;
  $('flags').replaceChildren(...flags.map((flagged) => {
    const item = element('li', `${t(`flag-${flagged.flag}`)}: `);
    item.append(link(flagged));
    return item;
  }));
  $('csv').addEventListener('click', () => api.download('/api/assessor/flags/export.csv', 'flaggade-ansokningar.csv'));
  $('scope').addEventListener('change', async (event) => {
    const finished = event.target.value === 'finished';
    show(await load(api, `/api/assessor/applications${finished ? '?finished=true' : ''}`),
      finished ? 'finished-heading' : 'inbox-heading', finished ? t('nothing-found') : t('empty-inbox-text'));
  });
  $('search').addEventListener('submit', async (event) => {
    event.preventDefault();
    const words = $('q').value.trim();
    if (words) {
      show(await load(api, `/api/assessor/applications?q=${encodeURIComponent(words)}`), 'results-heading',
        t('nothing-found'));
    }
  });
  $('app').hidden = false;
  status('');
}

function show(applications, heading, whenEmpty) {
  $('inbox-heading').textContent = t(heading);
  $('empty-inbox').textContent = whenEmpty;
  $('empty-inbox').hidden = applications.length > 0;
  $('inbox').hidden = applications.length === 0;
  $('inbox').tBodies[0].replaceChildren(...applications.map((summary) => {
    const row = element('tr');
    const reference = element('td');
    reference.append(link(summary));
    row.append(reference, element('td', t(`status-${summary.status}`)), element('td', formatDate(summary.submittedAt)),
      element('td', t(`channel-${summary.channel}`)), element('td', summary.assessor ?? t('unassigned')));
    return row;
  }));
}

function link(summary) {
  const anchor = element('a', summary.reference);
  anchor.href = withLang(`/handlaggning/${summary.id}`);
  return anchor;
}
