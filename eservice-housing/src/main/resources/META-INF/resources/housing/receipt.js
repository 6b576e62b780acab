import { $, connect, formatLastDay, load, status } from './page.js';

/** The receipt: the reference number to keep and when the decision is expected. */
const api = await connect('resident');
if (api) {
  const application = await load(api, `/api/applications/${$('app').dataset.application}`);
  $('reference').textContent = application.summary.reference;
  $('expected').textContent = formatLastDay(application.expectedDecisionBy);
  $('app').hidden = false;
  status('');
}
