import { ApiError } from './api.js';
import { el } from './dom.js';

/** The named fields' values: text trimmed, check boxes as booleans, a radio group as its checked value or ''. */
export function valuesOf(form) {
  const values = {};
  for (const field of form.elements) {
    if (!field.name) {
      continue;
    }
    if (field.type === 'checkbox') {
      values[field.name] = field.checked;
    } else if (field.type === 'radio') {
      values[field.name] = field.checked ? field.value : (values[field.name] ?? '');
    } else {
      values[field.name] = field.value.trim();
    }
  }
  return values;
}

/** The names of the required fields left empty, among those shown. */
function missing(form) {
  const values = valuesOf(form);
  const empty = [...form.elements].filter((field) => field.required && !field.closest('[hidden]') && !values[field.name]);
  return [...new Set(empty.map((field) => field.name))];
}

/**
 * Marks the fields with their own error text (data-error), next to the field (the element "<id>-error", or
 * "<name>-error" for a radio group), lists them in the form's error summary if it has one, and moves focus there or
 * to the first field. Each field's error text says which field it is about.
 */
function showErrors(form, names) {
  clearErrors(form);
  const links = [];
  for (const name of names) {
    const fields = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
    if (fields.length === 0) {
      continue;
    }
    const first = fields[0];
    fields.forEach((field) => field.setAttribute('aria-invalid', 'true'));
    const slot = form.querySelector(`#${CSS.escape(first.type === 'radio' ? name : first.id)}-error`);
    if (slot) {
      slot.textContent = first.dataset.error;
    }
    const link = el('a', { href: `#${first.id}` }, first.dataset.error);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      first.focus();
    });
    links.push(el('li', {}, [link]));
  }
  const summary = form.querySelector('.error-summary');
  if (summary && links.length) {
    summary.querySelector('ul').replaceChildren(...links);
    summary.hidden = false;
    summary.focus();
  } else {
    form.querySelector('[aria-invalid="true"]')?.focus();
  }
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((slot) => {
    slot.textContent = '';
  });
  const summary = form.querySelector('.error-summary');
  if (summary) {
    summary.hidden = true;
  }
  say(form, '');
}

/** Says how a form fared in its status line (.form-status). */
export function say(form, text) {
  const status = form.querySelector('.form-status');
  if (status) {
    status.textContent = text;
  }
}

/**
 * Sends a form through an API call: required fields are checked first (and `check` may name more to put right),
 * the buttons rest while the call is under way (the submit button says data-sending, if the form has it). Fields
 * the API refuses are marked like empty ones; for any other failure, `explain` words it and `tell` shows it (in
 * .form-status unless told otherwise).
 */
export function onSubmit(form, { send, done, check = () => [], explain, tell = (text) => say(form, text), aliases }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [...missing(form), ...check(valuesOf(form))];
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    const buttons = [...form.querySelectorAll('button')];
    const submitter = event.submitter;
    const label = submitter?.textContent;
    buttons.forEach((button) => {
      button.disabled = true;
    });
    if (submitter && form.dataset.sending) {
      submitter.textContent = form.dataset.sending;
    }
    try {
      await done(await send(valuesOf(form), submitter));
    } catch (refused) {
      const fields = refused instanceof ApiError && refused.status === 400
        ? refused.fields(aliases).filter((name) => form.querySelector(`[name="${CSS.escape(name)}"]`)) : [];
      if (fields.length) {
        showErrors(form, fields);
      } else {
        tell(explain(refused));
      }
    } finally {
      buttons.forEach((button) => {
        button.disabled = false;
      });
      if (submitter && form.dataset.sending) {
        submitter.textContent = label;
      }
    }
  });
}
