import { createOnce } from '/socialkontakt/create-once.js';
import { callJson } from './api.js';
import { $ } from './dom.js';

/**
 * "Did this help?" under an article (templates/FaqPages/article.html); one vote per visit to the page, counted once
 * even when a network failure makes it send again.
 */
const vote = $('vote');
const status = $('vote-status');
vote.hidden = false;

for (const button of vote.querySelectorAll('button[data-helpful]')) {
  button.addEventListener('click', async () => {
    try {
      await callJson(createOnce(), 'POST', `/api/faq/${vote.dataset.article}/votes`,
        { body: { helpful: button.dataset.helpful === 'true' } });
      vote.querySelector('.buttons').hidden = true;
      status.textContent = status.dataset.thanks;
      // The buttons are gone: the focus goes to what replaced them.
      status.tabIndex = -1;
      status.focus();
    } catch {
      status.textContent = status.dataset.failed;
    }
  });
}
