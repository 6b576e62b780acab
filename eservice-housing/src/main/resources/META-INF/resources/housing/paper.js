import { $, withLang } from './page.js';
import { clearErrors, formPage, readForm, showProblem } from './form.js';

/**
 * An application that came on paper, typed in by the assessor: the wizard's steps on one page, sent whole (the API
 * records the channel as paper), then a receipt with the reference number.
 */
await formPage('assessor', async (api, form) => {
  const steps = Object.fromEntries([...form.querySelectorAll('[data-scope]')]
    .map((section) => [section.dataset.scope, readForm(section)]));
  const registered = await api.call('POST', '/api/assessor/paper-applications', {
    json: {
      applicantIdentityNumber: form.elements.namedItem('applicantIdentityNumber').value.trim() || null,
      applicantRole: steps.who.role ?? null,
      form: steps,
    },
  });
  if (registered.ok) {
    const { summary } = registered.data.application;
    clearErrors(form);
    form.hidden = true;
    $('reference').textContent = summary.reference;
    $('open-application').href = withLang(`/handlaggning/${summary.id}`);
    $('receipt').hidden = false;
    $('receipt-heading').focus();
  } else {
    showProblem(form, registered.data);
  }
});
