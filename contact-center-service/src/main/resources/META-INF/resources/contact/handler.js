import { CaseView } from './case-view.js';
import { renderCases } from './case-table.js';
import { $, el } from './dom.js';
import { renderFeedback } from './feedback-list.js';
import { failureText, openStaffPage } from './staff.js';
import { label } from './texts.js';

/**
 * The handlers' page (templates/StaffPages/handler.html): the cases routed to one of their units, escalated ones
 * first (the API's order), and the unit's feedback. A case is answered and resolved in the case panel.
 */
const REFRESH_MS = 60_000;
const api = await openStaffPage();

if (api) {
  const unit = $('unit');
  let latest = 0;
  const load = async () => {
    // Loads overlap (the first one and a change of unit, say): only the answer to the latest may be shown, or a
    // slow earlier answer would list another unit's cases under the chosen one.
    const request = ++latest;
    try {
      const [cases, feedback] = await Promise.all([api.get(`/api/units/${unit.value}/cases`),
        api.get(`/api/feedback?unit=${unit.value}`)]);
      if (request !== latest) {
        return;
      }
      renderCases($('unit-cases'), $('no-cases'), cases, (id) => panel.open(id));
      renderFeedback(api, feedback);
    } catch (failure) {
      $('sign-in-status').textContent = failureText(failure);
    }
  };
  const panel = new CaseView(api, load, 'unit-cases-heading');

  const units = await api.get('/api/units/mine');
  unit.replaceChildren(...units.map((code) => el('option', { value: code }, label('unit', code))));
  if (units.length === 0) {
    $('no-units').hidden = false;
    unit.closest('.field').hidden = true;
    unit.closest('#staff').querySelector('.console').hidden = true;
  } else {
    unit.addEventListener('change', () => {
      panel.hide();
      load();
    });
    $('refresh').addEventListener('click', load);
    setInterval(load, REFRESH_MS);
    load();
  }
}
