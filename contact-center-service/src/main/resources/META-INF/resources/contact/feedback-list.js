import { dateTime, deadline } from './dates.js';
import { $, fill, fromTemplate } from './dom.js';
import { onSubmit } from './forms.js';
import { failureText } from './staff.js';
import { label, t } from './texts.js';

/**
 * A unit's feedback for its handlers (templates/StaffPages/handler.html): acknowledge receipt, answer. Each item is
 * redrawn from what the API answers, and takes the focus back, so the handler stays where they were.
 */
function feedbackItem(api, feedback, message = '') {
  const item = fromTemplate('feedback-template');
  fill(item, {
    '.kind': label('kind', feedback.kind),
    '.reference': feedback.reference,
    '.receivedAt': dateTime(feedback.receivedAt),
    '.acknowledgeDue': deadline(feedback.acknowledgeDue),
    '.answerDue': deadline(feedback.answerDue),
    '.acknowledgedAt': dateTime(feedback.acknowledgedAt),
    // Saved is not sent: an e-mail may wait for the mail server, and the promise's clock runs until it is sent.
    '.answeredAt': feedback.answerWrittenAt && !feedback.answeredAt ? t('answer-waiting')
      : dateTime(feedback.answeredAt),
    '.sender': feedback.anonymous ? t('anonymous') : [feedback.name, feedback.contact].filter(Boolean).join(', '),
    '.feedback-text': feedback.text,
    '.feedback-answer': feedback.answer ?? '',
    '.item-status': message,
  });
  item.querySelector('.feedback-answer').hidden = !feedback.answer;
  const status = item.querySelector('.item-status');
  const redraw = (text) => (updated) => {
    const next = feedbackItem(api, updated, text);
    item.replaceWith(next);
    next.querySelector('.feedback-title').focus();
  };

  const acknowledge = item.querySelector('.acknowledge');
  acknowledge.hidden = Boolean(feedback.acknowledgedAt);
  acknowledge.addEventListener('click', async () => {
    try {
      redraw(t('saved'))(await api.post(`/api/feedback/${feedback.id}/acknowledgement`));
    } catch (failure) {
      status.textContent = failureText(failure);
    }
  });

  const form = item.querySelector('form');
  form.hidden = Boolean(feedback.answerWrittenAt);
  const box = form.querySelector('textarea');
  const route = form.querySelector('.reply-route');
  route.id = `feedback-route-${feedback.id}`;
  route.textContent = feedback.anonymous ? '' : label('reply', feedback.replyRoute);
  box.id = `feedback-answer-${feedback.id}`;
  form.querySelector('label').htmlFor = box.id;
  if (feedback.anonymous) {
    form.querySelector('label').textContent = form.dataset.anonymousLabel;
    form.querySelector('button').textContent = form.dataset.anonymousButton;
  }
  form.querySelector('.field-error').id = `${box.id}-error`;
  box.setAttribute('aria-describedby', `${route.id} ${box.id}-error`);
  onSubmit(form, {
    send: ({ text }) => api.post(`/api/feedback/${feedback.id}/answer`, { text }),
    done: redraw(t(feedback.anonymous ? 'marked-handled' : 'answer-saved')),
    tell: (text) => {
      status.textContent = text;
    },
    explain: failureText,
  });
  return item;
}

export function renderFeedback(api, feedback) {
  $('feedback-list').replaceChildren(...feedback.map((one) => feedbackItem(api, one)));
  $('no-feedback').hidden = feedback.length > 0;
}
