import { $, withLang } from './page.js';
import { formPage, readForm, showProblem } from './form.js';

/**
 * Starting an application asks first about protected personal data: with it, the phone number is shown and nothing
 * is stored (the API refuses with PROTECTED_IDENTITY, so the page follows the API's answer).
 */
await formPage('resident', async (api, form) => {
  const answer = readForm(form);
  const missing = ['protectedIdentity', 'applicantRole'].filter((name) => !(name in answer));
  if (missing.length && !answer.protectedIdentity) {
    showProblem(form, { violations: missing.map((field) => ({ field })) });
    return;
  }
  const started = await api.call('POST', '/api/applications', {
    json: { protectedIdentity: answer.protectedIdentity, applicantRole: answer.applicantRole ?? 'SELF' },
    creates: true,
  });
  if (started.status === 409 && started.data?.reason === 'PROTECTED_IDENTITY') {
    form.hidden = true;
    $('protected').hidden = false;
    $('protected').focus();
  } else if (started.ok) {
    location.assign(withLang(`/ansokan/${started.data.summary.id}/steg/1`));
  } else {
    showProblem(form, started.data);
  }
});
