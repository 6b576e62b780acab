// The goals on the dashboard: their progress, the manager's form to set, change and retire them, and their history.
// Texts come from the page (message bundles), figure names from /api/goals/metrics in the page's language.
const lang = document.documentElement.lang;
const form = document.getElementById('goal-form');
const status = document.getElementById('goal-status');
const heading = document.getElementById('goal-form-heading');
const cancel = document.getElementById('goal-cancel');
const number = new Intl.NumberFormat(lang);

function cell(text, tag = 'td') {
  const element = document.createElement(tag);
  element.textContent = typeof text === 'number' ? number.format(text) : text;
  return element;
}

function button(text, label, onClick) {
  const element = Object.assign(document.createElement('button'), { type: 'button', className: 'button secondary' });
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', onClick);
  return element;
}

/** Shows the goals in force and keeps the form and history; {@code reload} fetches the progress again. */
export function goalsPanel(session, texts, reload) {
  let metricNames = new Map();

  function edit(goal) {
    form.elements.id.value = goal.id;
    for (const field of ['name', 'metric', 'baselineYear', 'baselineValue', 'targetValue', 'targetYear',
      'responsible']) {
      form.elements[field].value = goal[field];
    }
    form.elements.direction.value = goal.direction;
    heading.textContent = texts.editGoal.replace('NAME', goal.name);
    cancel.hidden = false;
    form.elements.name.focus();
  }

  function reset() {
    form.reset();
    form.elements.id.value = '';
    heading.textContent = texts.newGoal;
    cancel.hidden = true;
  }

  async function retire(goal) {
    if (!window.confirm(texts.goalRetireConfirm.replace('NAME', goal.name))) {
      return;
    }
    const response = await session.authorizedFetch(`/api/goals/${goal.id}/retire`, { method: 'POST' });
    status.textContent = response.ok ? texts.goalRetired : texts.goalRefused;
    await reload();
  }

  function describe(change) {
    return change.fields.map((field) => {
      const name = texts.fields[field.name] ?? field.name;
      const shown = (value) => (field.name === 'direction' ? texts.directions[value]
        : field.name === 'metric' ? metricNames.get(value) ?? value : value);
      if (change.action === 'RETIRED') {
        return texts.actions.RETIRED;
      }
      return field.before === null ? `${name}: ${shown(field.after)}`
        : `${name}: ${shown(field.before)} → ${shown(field.after)}`;
    }).join('; ');
  }

  async function history() {
    const changes = await session.authorizedFetch('/api/goals/history').then((r) => r.json());
    document.getElementById('goal-history-rows').replaceChildren(...changes.map((change) => {
      const row = document.createElement('tr');
      const when = new Date(change.at).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });
      row.append(cell(when, 'th'), cell(change.actor), cell(change.goalName),
        cell(`${texts.actions[change.action]}: ${describe(change)}`));
      row.firstChild.scope = 'row';
      return row;
    }));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    const id = values.id;
    delete values.id;
    for (const field of ['baselineYear', 'baselineValue', 'targetValue', 'targetYear']) {
      values[field] = values[field] === '' ? null : Number(values[field]);
    }
    const response = await session.authorizedFetch(id ? `/api/goals/${id}` : '/api/goals', {
      method: id ? 'PUT' : 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values),
    });
    if (!response.ok) {
      status.textContent = texts.goalRefused;
      return;
    }
    status.textContent = texts.goalSaved;
    reset();
    await reload();
  });
  cancel.addEventListener('click', reset);

  const metricsLoaded = session.authorizedFetch(`/api/goals/metrics?lang=${lang}`).then((r) => r.json())
    .then((metrics) => {
      metricNames = new Map(metrics.map((m) => [m.key, m.label]));
      form.elements.metric.replaceChildren(...metrics.map((m) => new Option(m.label, m.key)));
    });

  /** Shows the goals' progress; called with every load of the dashboard. */
  return async function show(progress) {
    await metricsLoaded;
    document.getElementById('goal-rows').replaceChildren(...progress.map((goal) => {
      const row = document.createElement('tr');
      const name = cell(goal.name, 'th');
      name.scope = 'row';
      const track = goal.onTrack === null ? texts.fewer : goal.onTrack ? texts.yes : texts.no;
      const actions = cell('');
      actions.className = 'actions';
      actions.append(button(texts.goalEdit, `${texts.goalEdit}: ${goal.name}`, () => edit(goal)), ' ',
        button(texts.goalRetire, `${texts.goalRetire}: ${goal.name}`, () => retire(goal)));
      row.append(name, cell(goal.responsible), cell(texts.directions[goal.direction]),
        cell(goal.suppressed ? texts.fewer : goal.yearToDate), cell(goal.targetLineToDate), cell(goal.targetValue),
        cell(track), actions);
      return row;
    }));
    await history();
  };
}
