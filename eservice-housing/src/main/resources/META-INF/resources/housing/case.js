import { $, connect, element, formatDate, formatLastDay, load, status, t } from './page.js';
import { clearErrors, readForm, showProblem } from './form.js';
import { showAnswers } from './answers.js';
import { showTimeline, textForm } from './timeline.js';

/**
 * One application in the assessor's console: the whole application (every read is audited by the API), and the
 * steps of handling it — assign, ask for more information, write, decide, offer, moving in, appeal outcome, closing.
 */
const api = await connect('assessor');
if (api) {
  const id = $('app').dataset.application;
  const base = `/api/assessor/applications/${id}`;
  textForm(api, 'request', `${base}/information-requests`, t('action-done'), show);
  textForm(api, 'message', `${base}/messages`, t('action-done'), show);
  $('assign').addEventListener('click', () => act('POST', `${base}/assignment`));
  for (const button of document.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => act('POST', `${base}/${button.dataset.action}`));
  }
  submitting($('decision-form'), `${base}/decision`);
  submitting($('appeal-outcome-form'), `${base}/appeal-outcome`);
  show(await load(api, base));
  $('app').hidden = false;
  status('');

  async function act(method, path, json, form) {
    const answer = await api.call(method, path, { json });
    if (answer.ok) {
      if (form) {
        clearErrors(form);
        form.reset();
      }
      show(answer.data);
      $('action-status').textContent = t('action-done');
    } else if (answer.status === 409 || !form) {
      $('action-status').textContent = t('action-not-allowed');
    } else {
      showProblem(form, answer.data);
    }
  }

  function submitting(form, path) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act('POST', path, readForm(form), form);
    });
  }

  /** Only what the application's state allows (the API says which); the rest would only be refused. */
  function offer(actions, decision) {
    const can = new Set(actions);
    $('assign').hidden = !can.has('ASSIGN');
    $('request-card').hidden = !can.has('REQUEST_INFORMATION');
    $('decision-form').hidden = !can.has('DECIDE');
    $('decide-card').hidden = !decision && !can.has('DECIDE');
    for (const button of document.querySelectorAll('[data-offered-when]')) {
      button.hidden = !can.has(button.dataset.offeredWhen);
    }
    $('appeal-outcome-form').hidden = !can.has('APPEAL_OUTCOME');
    $('carry-card').hidden = !['OFFER', 'MOVED_IN', 'CLOSE', 'APPEAL_OUTCOME'].some((action) => can.has(action));
    $('no-actions').hidden = can.size > 0;
  }

  function show({ application, applicantIdentityNumber, subjectIdentityNumber, actions }) {
    const { summary, decision } = application;
    $('reference').textContent = summary.reference;
    $('case-status').textContent = t(`status-${summary.status}`);
    $('submitted').textContent = formatDate(summary.submittedAt);
    $('channel').textContent = t(`channel-${summary.channel}`);
    $('applicant-number').textContent = applicantIdentityNumber;
    $('subject-number').textContent = subjectIdentityNumber ?? '–';
    $('assessor').textContent = summary.assessor ?? t('unassigned');
    $('expected').textContent = formatLastDay(application.expectedDecisionBy);
    $('decision-now').hidden = !decision;
    offer(actions, decision);
    if (decision) {
      $('outcome').textContent = `${t(`outcome-${decision.outcome}`)} (${formatDate(decision.decidedAt)})`;
      $('decision-text').textContent = decision.text;
    }
    $('no-attachments').hidden = application.attachments.length > 0;
    $('attachment-list').replaceChildren(...application.attachments.map((file) => {
      const button = element('button', `${file.fileName} (${Math.ceil(file.sizeBytes / 1024)} kB)`, 'link-button');
      button.type = 'button';
      button.addEventListener('click', () => api.download(`${base}/attachments/${file.id}`, file.fileName));
      const item = element('li');
      item.append(button);
      return item;
    }));
    showTimeline(application);
    showAnswers(application.answers);
  }
}
