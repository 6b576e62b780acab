import { signIn } from '/socialkontakt/staff-login.js';
import { callJson } from './api.js';
import { dateTime, deadline } from './dates.js';
import { $, fill, fromTemplate } from './dom.js';
import { label, t } from './texts.js';

/**
 * "Mina kontakter" (templates/ResidentPages/myContacts.html): signs the resident in with e-ID and shows their own
 * questions and feedback with the answers that reached them.
 */
const mine = $('mine');
const status = $('sign-in-status');
const session = await signIn(mine.dataset);
$('user').textContent = session.user;
$('user-line').hidden = false;
$('logout').addEventListener('click', () => session.logout());

if (!session.hasRole('resident')) {
  status.textContent = t('no-access');
} else {
  try {
    const { questions, feedback } = await callJson(session.authorizedFetch, 'GET', '/api/my-contacts');
    show('questions', questions.map((q) => contact(label('category', q.category), q, q.answers)));
    show('feedback', feedback.map((f) => contact(`${label('kind', f.kind)}: ${label('unit', f.unit)}`, f,
      f.answer ? [f.answer] : [], f.answer ? 'RESOLVED' : 'OPEN')));
    status.textContent = '';
    mine.hidden = false;
  } catch {
    status.textContent = t('failed');
  }
}

function show(list, items) {
  $(list).replaceChildren(...items);
  $(`no-${list}`).hidden = items.length > 0;
}

/** One question or feedback: what the resident wrote, where it stands and the answers sent to them. */
function contact(title, sent, answers, state = sent.status) {
  const item = fromTemplate('contact-template');
  fill(item, {
    '.title': title,
    '.reference': sent.reference,
    '.sent': dateTime(sent.sentAt),
    '.status': label('status', state),
    '.answer-by': deadline(sent.answerBy),
    '.what': sent.text,
  });
  item.querySelector('.answers').replaceChildren(...answers.map((answer) => {
    const line = fromTemplate('answer-template');
    fill(line, {
      '.answer-meta': t('answered-on').replace('#', dateTime(answer.sentAt)),
      '.answer-text': answer.text,
    });
    return line;
  }));
  // Once answered, the day we promised an answer by is history: shown beside the answer it read as still open.
  for (const answerBy of item.querySelectorAll('.answer-by-label, .answer-by')) {
    answerBy.hidden = answers.length > 0;
  }
  item.querySelector('.answers').hidden = answers.length === 0;
  item.querySelector('.no-answer').hidden = answers.length > 0;
  return item;
}
