import { $, t } from './page.js';

const labels = JSON.parse($('answer-labels').textContent);

/** How one saved answer reads: choices by their labels, lists joined, an empty answer as "not answered". */
function format(stepKey, name, kind, value) {
  const choices = labels[`${stepKey}.${name}`] ?? {};
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('not-answered');
  }
  if (kind === 'MULTI') {
    return value.map((v) => choices[v] ?? v).join(', ');
  }
  return choices[String(value)] ?? String(value);
}

/** Fills the answers list (tags/answers.html) with an application's answers; irrelevant answers stay hidden. */
export function showAnswers(answers) {
  for (const section of document.querySelectorAll('#answers [data-step]')) {
    const step = answers[section.dataset.step] ?? {};
    for (const dd of section.querySelectorAll('dd[data-answer]')) {
      dd.textContent = format(section.dataset.step, dd.dataset.answer, dd.dataset.kind, step[dd.dataset.answer]);
    }
    for (const conditional of section.querySelectorAll('[data-show-when]')) {
      const [name, value] = conditional.dataset.showWhen.split('=');
      conditional.hidden = String(step[name]) !== value;
    }
  }
}

/** A step's title and its number in the wizard, by its key in the API ("who", "applicant", …). */
export function stepOf(key) {
  const section = document.querySelector(`#answers [data-step="${key}"]`);
  return section && { number: Number(section.dataset.number), title: section.querySelector('h2, h3').textContent };
}
