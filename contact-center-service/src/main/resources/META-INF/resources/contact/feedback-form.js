import { deadline } from './dates.js';
import { $ } from './dom.js';
import { fillReceipt, sendsToTheApi } from './public-form.js';
import { residentFetch } from './resident-session.js';

/**
 * Feedback (templates/PublicPages/feedback.html): anonymous feedback hides name and contact details and says that
 * no reply is possible; the receipt gives the promised dates, or says again that no reply can come.
 */
const form = $('feedback-form');
const receipt = $('receipt');
const anonymous = form.elements.namedItem('anonymous');
const notice = $('anonymous-notice');

anonymous.addEventListener('change', () => {
  $('reply-fields').hidden = anonymous.checked;
  notice.textContent = anonymous.checked ? notice.dataset.text : '';
});

sendsToTheApi(form, receipt, {
  fetcher: await residentFetch($('resident-sign-in')),
  // Left out when anonymous, even if typed before the box was ticked.
  body: (values) => (values.anonymous ? { ...values, name: undefined, contact: undefined } : values),
  // The API checks name and contact details together: anonymous with none, or named with a way to reply.
  aliases: { replyConsistent: 'contact' },
  showReceipt(answer) {
    fillReceipt(receipt, {
      reference: answer.reference,
      acknowledgeBy: deadline(answer.acknowledgeBy),
      answerBy: deadline(answer.answerBy),
    });
    receipt.querySelector('[data-receipt="reply"]').hidden = !answer.replyPossible;
    receipt.querySelector('[data-receipt="anonymous"]').hidden = answer.replyPossible;
  },
});
