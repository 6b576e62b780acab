import { dateTime, deadline } from './dates.js';
import { $, fill, fromTemplate } from './dom.js';
import { onSubmit } from './forms.js';
import { failureText } from './staff.js';
import { label, t } from './texts.js';

/**
 * A unit's feedback for its handlers (templates/StaffPages/handler.html): acknowledge receipt, answer. Each item is
 * redrawn from what the API answers, and takes the focus back, so the handler stays where they were.
 *
 * The page also draws the whole list again on each reload of its lists (every minute, after a case is resolved, on
 * "Uppdatera"), and a reload may land while an action is under way. So what the API does not hold, the last
 * action's status and an answer being written, goes from each item to the one drawn in its place, the focus stays
 * on the same control, and an action's answer redraws whichever item shows that feedback by then.
 */
const FOCUSABLE = 'button, textarea, [tabindex]';

function shownItem(id) {
  return [...$('feedback-list').children].find((item) => item.dataset.feedbackId === id);
}

function keptFrom(item) {
  return { message: item.querySelector('.item-status').textContent, draft: item.querySelector('textarea').value };
}

function feedbackItem(api, feedback, { message = '', draft = '' } = {}) {
  const item = fromTemplate('feedback-template');
  item.dataset.feedbackId = feedback.id;
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
  const current = () => shownItem(feedback.id) ?? item;
  const tell = (text) => {
    current().querySelector('.item-status').textContent = text;
  };
  const redraw = (text) => (updated) => {
    const shown = current();
    const next = feedbackItem(api, updated, { ...keptFrom(shown), message: text });
    shown.replaceWith(next);
    next.querySelector('.feedback-title').focus();
  };

  const acknowledge = item.querySelector('.acknowledge');
  acknowledge.hidden = Boolean(feedback.acknowledgedAt);
  acknowledge.addEventListener('click', async () => {
    try {
      redraw(t('saved'))(await api.post(`/api/feedback/${feedback.id}/acknowledgement`));
    } catch (failure) {
      tell(failureText(failure));
    }
  });

  const form = item.querySelector('form');
  form.hidden = Boolean(feedback.answerWrittenAt);
  const box = form.querySelector('textarea');
  box.value = draft;
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
    tell,
    explain: failureText,
  });
  return item;
}

/** Puts the focus, if it is in the list, back on the same control of the item drawn in its place. */
function focusKeeper(list) {
  const active = document.activeElement;
  const item = [...list.children].find((one) => one.contains(active));
  if (!item) {
    return () => {};
  }
  const position = [...item.querySelectorAll(FOCUSABLE)].indexOf(active);
  const { selectionStart, selectionEnd } = active;
  return () => {
    const next = shownItem(item.dataset.feedbackId);
    const same = next?.querySelectorAll(FOCUSABLE)[position];
    if (same && !same.closest('[hidden]')) {
      same.focus();
      if (same instanceof HTMLTextAreaElement) {
        same.setSelectionRange(selectionStart, selectionEnd);
      }
    } else {
      next?.querySelector('.feedback-title').focus();
    }
  };
}

export function renderFeedback(api, feedback) {
  const list = $('feedback-list');
  const kept = new Map([...list.children].map((item) => [item.dataset.feedbackId, keptFrom(item)]));
  const refocus = focusKeeper(list);
  list.replaceChildren(...feedback.map((one) => feedbackItem(api, one, kept.get(one.id))));
  refocus();
  $('no-feedback').hidden = feedback.length > 0;
}
