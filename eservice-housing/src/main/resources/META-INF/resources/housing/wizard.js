import { $, connect, element, lang, load, status, t, withLang } from './page.js';
import { fillForm, readForm, showProblem, watchConditions } from './form.js';

/**
 * One step of the wizard: the saved answer (or a sensible start: the role chosen when starting, the name from the
 * login, the page's language), saved as a draft on the way to the next step or back to the list.
 */
const api = await connect('resident');
if (api) {
  const form = $('app');
  const { application: id, step } = form.dataset;
  const application = await load(api, `/api/applications/${id}`);
  if (application.summary.status !== 'DRAFT') {
    location.replace(withLang(`/ansokan/${id}`));
  } else if (application.summary.reader !== 'APPLICANT') {
    readOnly(id, application.summary);
  } else {
    fillForm(form, application.answers?.[step] ?? await firstAnswer(step, application));
    watchConditions(form);
    form.hidden = false;
    status('');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const saved = await api.call('PUT', `/api/applications/${id}/steps/${step}`, { json: readForm(form) });
      if (saved.ok) {
        location.assign(withLang('leave' in (event.submitter?.dataset ?? {}) ? '/ansokan' : form.dataset.next));
      } else {
        showProblem(form, saved.data);
      }
    });
  }
}

/** The person the application is for reads it on its own page; the steps are the applicant's to write. */
function readOnly(id, { appliedBy }) {
  const line = $('status');
  line.textContent = `${appliedBy ?? t('someone')} ${t('applies-for-you')} ${t('read-only-for-you')} `;
  const link = element('a', t('show'));
  link.href = withLang(`/ansokan/${id}`);
  line.append(link);
}

async function firstAnswer(step, application) {
  switch (step) {
    case 'who':
      return { role: application.summary.applicantRole };
    case 'applicant':
      return { name: (await load(api, '/api/profile')).name };
    case 'language':
      return { language: lang === 'en' ? 'English' : 'svenska' };
    default:
      return {};
  }
}
