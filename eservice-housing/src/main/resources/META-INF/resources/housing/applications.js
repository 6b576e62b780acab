import { $, connect, element, formatDate, formatDateTime, load, status, t, withLang } from './page.js';

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

/**
 * One application in the list, named by whom it concerns (several drafts must be told apart). The person an
 * application is made for reads it, with who applies for them; only the applicant continues or deletes a draft.
 */
function card(summary) {
  const draft = summary.status === 'DRAFT';
  const applicant = summary.reader === 'APPLICANT';
  const item = element('li', undefined, 'card');
  const facts = element('dl', undefined, 'facts');
  const fact = (label, value) => facts.append(element('dt', label), element('dd', value));
  if (summary.reference) {
    fact(t('reference'), summary.reference);
  }
  fact(t('status'), t(`status-${summary.status}`));
  fact(draft ? t('started') : t('submitted'), draft ? formatDateTime(summary.startedAt) : formatDate(summary.submittedAt));
  const explained = (label, text) => {
    const line = element('p');
    line.append(element('strong', `${label}: `), text);
    return line;
  };
  item.append(element('h2', heading(summary)));
  if (!applicant) {
    item.append(element('p', `${summary.appliedBy ?? t('someone')} ${t('applies-for-you')}`));
  }
  item.append(facts, explained(t('now'), t(`now-${summary.status}`)),
    explained(t('next'), t(`next-${summary.status}`)));
  const actions = element('p', undefined, 'actions');
  const editable = draft && applicant;
  const link = element('a', editable ? t('continue') : t('show'), 'button-link');
  link.href = withLang(editable ? resumeAt(summary) : `/ansokan/${summary.id}`);
  actions.append(link);
  if (editable) {
    actions.append(deleteButton(summary, item));
  }
  item.append(actions);
  return item;
}

function heading({ reader, concerns }) {
  if (reader !== 'APPLICANT') {
    return t('for-you');
  }
  return concerns ? `${t('application-for')} ${concerns}` : t('draft-name');
}

/** Deleting asks once more, in the page (a browser dialog is easy to confirm by mistake and hard to read aloud). */
function deleteButton(summary, item) {
  const remove = element('button', t('delete-draft'), 'secondary');
  remove.type = 'button';
  const confirm = element('div', undefined, 'confirm');
  confirm.hidden = true;
  const question = element('p', t('delete-draft-question'));
  const yes = element('button', t('delete-draft-yes'));
  const no = element('button', t('cancel'), 'secondary');
  yes.type = no.type = 'button';
  confirm.append(question, yes, ' ', no);
  remove.addEventListener('click', () => {
    confirm.hidden = false;
    remove.hidden = true;
    no.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    remove.hidden = false;
    remove.focus();
  });
  yes.addEventListener('click', async () => {
    const answer = await api.call('DELETE', `/api/applications/${summary.id}`);
    if (answer.ok) {
      item.remove();
      $('none').hidden = $('list').children.length > 0;
      status(t('draft-deleted'));
    } else {
      status(t('something-went-wrong'));
    }
  });
  const wrapper = document.createDocumentFragment();
  wrapper.append(' ', remove, confirm);
  return wrapper;
}
