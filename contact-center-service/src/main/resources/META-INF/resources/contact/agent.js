import { applicationStatusLookUp } from './application-status.js';
import { CaseView } from './case-view.js';
import { renderCases } from './case-table.js';
import { $ } from './dom.js';
import { onSubmit } from './forms.js';
import { knowledgeSearch } from './knowledge.js';
import { failureText, openStaffPage } from './staff.js';
import { t } from './texts.js';

/**
 * The agent console (templates/StaffPages/agent.html): register a contact from any channel, answer it from the
 * knowledge base, resolve it at once or route it; tell a caller where their housing application stands; the latest
 * cases with their SLA state below.
 */
const REFRESH_MS = 60_000;
const api = await openStaffPage();

if (api) {
  const refresh = async () => {
    try {
      renderCases($('latest-cases'), $('no-cases'), await api.get('/api/cases?count=20'), (id) => cases.open(id));
    } catch (failure) {
      $('sign-in-status').textContent = failureText(failure);
    }
  };
  const cases = new CaseView(api, refresh, 'latest-heading');
  knowledgeSearch(api, (text) => cases.insert(text));
  applicationStatusLookUp(api);

  const contact = $('new-contact');
  onSubmit(contact, {
    send: (values) => api.create('/api/cases', {
      ...values,
      personNumber: values.personNumber || null,
      contactDetails: values.contactDetails || null,
    }),
    done(opened) {
      contact.reset();
      cases.show(opened, t('registered'));
      $('case-heading').focus();
      refresh();
    },
    explain: failureText,
  });

  $('refresh').addEventListener('click', refresh);
  setInterval(refresh, REFRESH_MS);
  refresh();
}
