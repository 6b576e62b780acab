import { $, connect, formatDate, formatLastDay, hasPassed, load, status, t } from './page.js';
import { showAnswers } from './answers.js';
import { attachments } from './attachments.js';
import { showTimeline, textForm } from './timeline.js';

/**
 * One application as its applicant follows it: where it stands and what comes next, the assessor's questions to
 * answer, the decision with how to appeal (and the appeal itself), messages, attachments and the answers.
 */
const FINISHED = ['MOVED_IN', 'CLOSED'];

const api = await connect('resident');
if (api) {
  const id = $('app').dataset.application;
  const base = `/api/applications/${id}`;
  const files = attachments(api, id, { removable: false, onChange: refresh });
  textForm(api, 'message', `${base}/messages`, t('message-sent'), show);
  textForm(api, 'supplement', `${base}/supplement`, t('supplement-sent'), show);
  textForm(api, 'appeal', `${base}/appeal`, t('appeal-sent'), show);
  await refresh();
  $('app').hidden = false;
  status('');

  async function refresh() {
    show(await load(api, base));
  }

  function show(application) {
    const { summary, decision, appeal } = application;
    $('reference').textContent = summary.reference ?? '';
    $('status-heading').textContent = t(`status-${summary.status}`);
    $('now').textContent = t(`now-${summary.status}`);
    $('next').textContent = t(`next-${summary.status}`);
    $('expected-label').hidden = $('expected').hidden = !application.expectedDecisionBy;
    $('expected').textContent = formatLastDay(application.expectedDecisionBy);

    // The person the application is for follows it; writing, answering, appealing and attaching are the applicant's.
    const applicant = summary.reader === 'APPLICANT';
    $('on-behalf').hidden = applicant;
    $('on-behalf').textContent = applicant ? ''
      : `${summary.appliedBy ?? t('someone')} ${t('applies-for-you')} ${t('read-only-for-you')}`;

    const question = application.messages.findLast((m) => m.kind === 'INFORMATION_REQUEST');
    $('message-form').hidden = !applicant;
    $('supplement').hidden = !applicant || summary.status !== 'AWAITING_SUPPLEMENT';
    $('supplement-question').textContent = question?.text ?? '';

    $('decision').hidden = !decision;
    if (decision) {
      $('outcome').textContent = t(`outcome-${decision.outcome}`);
      $('decided-at').textContent = formatDate(decision.decidedAt);
      $('decision-text').textContent = decision.text;
      $('appeal-by').textContent = formatLastDay(decision.appealBy);
      $('appeal').hidden = !applicant || Boolean(appeal) || summary.status !== 'DECIDED' || hasPassed(decision.appealBy);
      $('appeal-received').hidden = !appeal;
      $('appealed-at').textContent = appeal ? formatDate(appeal.appealedAt) : '';
      $('appeal-outcome').textContent = appeal?.outcome ? t(`appeal-outcome-${appeal.outcome}`) : '';
    }
    $('upload-form').hidden = !applicant || FINISHED.includes(summary.status);
    showTimeline(application);
    files.show(application.attachments);
    showAnswers(application.answers);
  }
}
