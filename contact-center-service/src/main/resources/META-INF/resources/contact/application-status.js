import { ApiError } from './api.js';
import { dateTime } from './dates.js';
import { $, fill } from './dom.js';
import { onSubmit } from './forms.js';
import { failureText } from './staff.js';

const REFERENCE = /^SB-\d{4}-\d{6}$/;

/**
 * The look-up of a caller's housing application in the agent console: the reference the caller quotes in, its
 * status and what happens next out, never its content (the API audits every look-up, found or not).
 */
export function applicationStatusLookUp(api) {
  const form = $('application-status-form');
  const result = $('application-status');
  const text = (kind, code) => result.getAttribute(`data-${kind}-${code}`.toLowerCase()) || code || '–';
  // A status on screen belongs to the reference it was looked up for: it goes as soon as another look-up starts.
  const clear = () => {
    result.hidden = true;
  };
  form.addEventListener('submit', clear);
  form.addEventListener('input', clear);
  onSubmit(form, {
    check: ({ reference }) => (REFERENCE.test(reference.toUpperCase()) ? [] : ['reference']),
    send: ({ reference, identifiedBy }) => api.get(`/api/application-status/${
      encodeURIComponent(reference.toUpperCase())}?identifiedBy=${encodeURIComponent(identifiedBy)}`),
    done(found) {
      fill(result, {
        '[data-field="reference"]': found.reference,
        '[data-field="status"]': text('status', found.status),
        '[data-field="statusAt"]': dateTime(found.statusAt),
        '[data-field="submittedAt"]': dateTime(found.submittedAt),
        '[data-field="decision"]': text('decision', found.decision),
        '[data-field="next"]': text('next', found.next),
      });
      result.querySelectorAll('[data-decided]').forEach((item) => {
        item.hidden = !found.decision;
      });
      result.hidden = false;
      $('application-status-reference').focus();
    },
    explain: (failure) => (failure instanceof ApiError && failure.status === 404
      ? result.dataset.notFound : failureText(failure)),
  });
}
