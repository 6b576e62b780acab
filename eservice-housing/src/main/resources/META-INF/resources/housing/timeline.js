import { $, element, formatDateTime, t } from './page.js';
import { clearErrors, showProblem } from './form.js';

/** The messages and the status history of an application (tags/timeline.html), as applicant or assessor see them. */
export function showTimeline(application) {
  $('no-messages').hidden = application.messages.length > 0;
  $('messages').replaceChildren(...application.messages.map((message) => {
    const item = element('li', undefined, `message from-${message.sender.toLowerCase()}`);
    const kind = message.kind === 'MESSAGE' ? '' : ` – ${t(`kind-${message.kind}`)}`;
    item.append(element('p', `${t(`from-${message.sender}`)}${kind}, ${formatDateTime(message.sentAt)}`, 'meta'),
      element('p', message.text, 'prewrap'));
    return item;
  }));
  $('history').replaceChildren(...application.history.map((change) =>
    element('li', `${formatDateTime(change.changedAt)}: ${t(`status-${change.status}`)}`)));
}

/**
 * Wires a one-text-box form (tags/textForm.html) to POST { text } to path; then done(answer) runs with the API's
 * answer and the form says doneText.
 */
export function textForm(api, id, path, doneText, done) {
  const form = $(`${id}-form`);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $(`f-${id}`).value.trim();
    const answer = text ? await api.call('POST', path, { json: { text } }) : { ok: false, data: { field: 'text' } };
    if (answer.status === 409) {
      $(`${id}-status`).textContent = t('action-not-allowed');
      return;
    }
    if (!answer.ok) {
      showProblem(form, answer.data);
      return;
    }
    clearErrors(form);
    form.reset();
    $(`${id}-status`).textContent = doneText;
    await done(answer.data);
  });
}
