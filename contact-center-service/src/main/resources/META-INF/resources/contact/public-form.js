import { createOnce } from '/socialkontakt/create-once.js';
import { ApiError, callJson } from './api.js';
import { fill } from './dom.js';
import { onSubmit } from './forms.js';

/**
 * A resident's form (contact form, feedback): posted as JSON to its data-endpoint and, once stored, replaced by the
 * receipt, which takes the focus so that a screen reader reads it out. Sending too often gets its own text
 * (data-rate-limited), any other failure a general one (data-failed). `fetcher` carries a signed-in resident's token.
 * Each form creates, so a submission is sent with an Idempotency-Key and resent with it when its answer was lost
 * (create-once.js).
 */
export function sendsToTheApi(form, receipt, { fetcher = fetch, body = (values) => values, showReceipt, aliases }) {
  onSubmit(form, {
    send: (values) => callJson(createOnce(fetcher), 'POST', form.dataset.endpoint, { body: body(values) }),
    done(answer) {
      showReceipt(answer);
      form.hidden = true;
      receipt.hidden = false;
      receipt.focus();
    },
    explain: (refused) => (refused instanceof ApiError && refused.status === 429
      ? form.dataset.rateLimited : form.dataset.failed),
    aliases,
  });
}

/** Puts each text in the receipt's element marked data-receipt="<key>". */
export function fillReceipt(receipt, texts) {
  fill(receipt, Object.fromEntries(Object.entries(texts).map(([key, text]) => [`[data-receipt="${key}"]`, text])));
}
