import { $, connect, element, load, status, t, withLang } from './page.js';
import { showAnswers, stepOf } from './answers.js';
import { showSummary } from './form.js';

/** Step 10: every answer to check, with links back to change it, and the submission. */
const api = await connect('resident');
if (api) {
  const root = $('app');
  const id = root.dataset.application;
  const application = await load(api, `/api/applications/${id}`);
  showAnswers(application.answers);
  $('review-files').replaceChildren(...(application.attachments.length
    ? application.attachments.map((file) => element('li', file.fileName))
    : [element('li', t('no-attachments'))]));
  root.hidden = false;
  status('');

  $('submit-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    status(t('submitting'));
    const submitted = await api.call('POST', `/api/applications/${id}/submission`);
    if (submitted.ok) {
      location.assign(withLang(`/ansokan/${id}/kvitto`));
      return;
    }
    status('');
    showSummary(problems(submitted.data));
  });

  /** The submission's problems ("missing step LIVING", "who.personNumber …") as links to the steps to fix. */
  function problems(problem) {
    const lines = (problem?.problems ?? []).map((text) => {
      if (text.includes('power of attorney')) {
        return { text: t('attach-power-of-attorney'), href: withLang(root.dataset.attachmentsStep) };
      }
      const key = text.startsWith('missing step ') ? text.slice(13).toLowerCase() : text.split('.')[0];
      const step = stepOf(key);
      return step
        ? { text: `${t('step-missing')} ${step.title}`, href: withLang(`/ansokan/${id}/steg/${step.number}`) }
        : { text: t('something-went-wrong'), href: '#' };
    });
    return lines.length ? lines : [{ text: t('something-went-wrong'), href: '#' }];
  }
}
