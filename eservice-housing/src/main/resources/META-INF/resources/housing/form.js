import { $, connect, element, status, t } from './page.js';

/**
 * The pages' forms: each answer sits in a .field group (label or legend, hint, error place, inputs) whose
 * data-rules name the validation rules it answers for, data-error the plain-language error and data-show-when
 * ("name=value") the answer that makes it relevant. Errors follow the GOV.UK pattern: a summary at the top linking
 * to each field, and the message next to the field.
 */
const groups = (form) => [...form.querySelectorAll('.field')];
const inputs = (group) => [...group.querySelectorAll('input, textarea')];

/** The form's answers as the API wants them; answers hidden by a condition are left out. */
export function readForm(form) {
  const answer = {};
  for (const group of groups(form)) {
    const all = inputs(group);
    const { name, dataset: { kind } } = all[0];
    if (kind === 'MULTI') {
      answer[name] = group.hidden ? [] : all.filter((i) => i.checked).map((i) => i.value);
    } else if (group.hidden) {
      continue;
    } else if (kind === 'CONSENT') {
      answer[name] = all[0].checked;
    } else if (kind === 'CHOICE' || kind === 'YESNO') {
      const chosen = all.find((i) => i.checked);
      if (chosen) {
        answer[name] = kind === 'YESNO' ? chosen.value === 'true' : chosen.value;
      }
    } else if (all[0].value.trim()) {
      answer[name] = all[0].value.trim();
    }
  }
  return answer;
}

/** Puts saved answers back into the form. */
export function fillForm(form, answer) {
  for (const group of groups(form)) {
    for (const input of inputs(group)) {
      const value = answer[input.name];
      if (value === undefined || value === null) {
        continue;
      }
      if (input.type === 'checkbox' || input.type === 'radio') {
        input.checked = Array.isArray(value) ? value.includes(input.value) : String(value) === input.value;
      } else {
        input.value = value;
      }
    }
  }
  showRelevant(form);
}

/** Shows only the answers whose condition holds, now and whenever an answer changes. */
export function watchConditions(form) {
  form.addEventListener('change', () => showRelevant(form));
  showRelevant(form);
}

function showRelevant(form) {
  for (const group of form.querySelectorAll('[data-show-when]')) {
    const [name, value] = group.dataset.showWhen.split('=');
    group.hidden = form.querySelector(`input[name="${name}"]:checked`)?.value !== value;
  }
}

/** Removes every error from the form and the summary. */
export function clearErrors(form) {
  $('error-summary').replaceChildren();
  for (const group of groups(form)) {
    group.classList.remove('has-error');
    const message = group.querySelector('.error-message');
    message.hidden = true;
    message.textContent = '';
    for (const input of [...inputs(group), group.querySelector('fieldset')].filter(Boolean)) {
      input.removeAttribute('aria-invalid');
      const described = (input.getAttribute('aria-describedby') ?? '').split(' ')
        .filter((id) => id && id !== message.id);
      if (described.length) {
        input.setAttribute('aria-describedby', described.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    }
  }
}

/** Marks one group as wrong with a message and returns the summary line for it. */
function markGroup(group, text) {
  group.classList.add('has-error');
  const message = group.querySelector('.error-message');
  message.replaceChildren(element('span', `${t('error-prefix')} `, 'visually-hidden'), text);
  message.hidden = false;
  const first = inputs(group)[0];
  const fieldset = group.querySelector('fieldset');
  for (const target of fieldset ? [fieldset] : [first]) {
    target.setAttribute('aria-describedby',
      [target.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
  }
  inputs(group).forEach((input) => input.setAttribute('aria-invalid', 'true'));
  return { text, href: `#${first.id}`, target: first };
}

/**
 * Shows the errors: a summary on top (focused, so it is read out first) with links to the answers. {@code lines}
 * are { text, href, target? }; a line with a target moves focus to that input when followed.
 */
export function showSummary(lines) {
  const box = element('div', undefined, 'error-summary');
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-labelledby', 'error-summary-title');
  box.tabIndex = -1;
  const title = element('h2', t('error-summary-title'));
  title.id = 'error-summary-title';
  const list = element('ul');
  for (const line of lines) {
    const link = element('a', line.text);
    link.href = line.href;
    if (line.target) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        line.target.focus();
      });
    }
    list.append(element('li'));
    list.lastChild.append(link);
  }
  box.append(title, list);
  $('error-summary').replaceChildren(box);
  box.focus();
}

/**
 * Shows the API's problem on the form: each violation next to the field whose rules name it; what no field answers
 * for goes to the summary alone. A field inside a [data-scope] element (one step of several on a page) answers only
 * for violations within that part of the request, e.g. "who.name" and not "applicant.name".
 */
export function showProblem(form, problem) {
  clearErrors(form);
  const paths = (problem?.violations ?? []).map((v) => String(v.field ?? '').split('.'));
  const blames = (group, rule) => {
    const scope = group.closest('[data-scope]')?.dataset.scope;
    return rule === problem?.field
      || paths.some((path) => path.at(-1) === rule && (!scope || path.at(-2) === scope));
  };
  const visible = groups(form).filter((g) => !g.hidden);
  const lines = visible.filter((g) => g.dataset.rules.split(' ').some((rule) => blames(g, rule)))
    .map((g) => markGroup(g, g.dataset.error));
  if (lines.length === 0) {
    lines.push(visible.length ? markGroup(visible[0], t('field-invalid')) : { text: t('something-went-wrong'), href: '#' });
  }
  showSummary(lines);
}

/** Shows one error on one field, e.g. a file that is too large. */
export function showFieldError(form, groupId, text) {
  clearErrors(form);
  showSummary([markGroup($(groupId), text)]);
}

/**
 * A page that is one form (#app) for a signed-in user with the role: shown once signed in, its answers shown as
 * they become relevant; {@code send(api, form)} handles each submission.
 */
export async function formPage(role, send) {
  const api = await connect(role);
  if (api) {
    const form = $('app');
    watchConditions(form);
    form.hidden = false;
    status('');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      send(api, form);
    });
  }
}
