import { deadline } from './dates.js';
import { $ } from './dom.js';
import { fillReceipt, sendsToTheApi } from './public-form.js';
import { residentFetch } from './resident-session.js';

/** The contact form (templates/PublicPages/contact.html): a question becomes a case; the receipt names it. */
const receipt = $('receipt');
sendsToTheApi($('contact-form'), receipt, {
  fetcher: await residentFetch($('resident-sign-in')),
  showReceipt: ({ reference, answerBy }) => fillReceipt(receipt, { reference, answerBy: deadline(answerBy) }),
});
