import { $, connect, element, formatDate, load, status, t, withLang } from './page.js';

/** My applications: drafts to continue and submitted ones with what happens now and next. */
const WIZARD_STEPS = ['WHO', 'APPLICANT', 'LIVING', 'NEEDS', 'PARTNER', 'WISHES', 'LANGUAGE', 'CONSENTS'];
const ATTACHMENTS_STEP = 9;

const api = await connect('resident');
if (api) {
  const applications = await load(api, '/api/applications');
  applications.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  $('none').hidden = applications.length > 0;
  $('list').replaceChildren(...applications.map(card));
  $('app').hidden = false;
  status('');
}

/** A draft continues at its first unanswered step, or at the attachments when every step is answered. */
function resumeAt({ id, missingSteps }) {
  const first = WIZARD_STEPS.indexOf(missingSteps[0]);
  return `/ansokan/${id}/steg/${first >= 0 ? first + 1 : ATTACHMENTS_STEP}`;
}

function card(summary) {
  const draft = summary.status === 'DRAFT';
  const item = element('li', undefined, 'card');
  const heading = element('h2', draft ? t('draft-name') : `${t('reference')} ${summary.reference}`);
  const facts = element('dl', undefined, 'facts');
  const fact = (label, value) => facts.append(element('dt', label), element('dd', value));
  fact(t('status'), t(`status-${summary.status}`));
  fact(draft ? t('started') : t('submitted'), formatDate(draft ? summary.startedAt : summary.submittedAt));
  const link = element('a', draft ? t('continue') : t('show'), 'button-link');
  link.href = withLang(draft ? resumeAt(summary) : `/ansokan/${summary.id}`);
  const explained = (label, text) => {
    const line = element('p');
    line.append(element('strong', `${label}: `), text);
    return line;
  };
  item.append(heading, facts, explained(t('now'), t(`now-${summary.status}`)),
    explained(t('next'), t(`next-${summary.status}`)), element('p'));
  item.lastChild.append(link);
  return item;
}
