import { signIn } from '/socialkontakt/staff-login.js';

// The annual plan: every goal's activities month by month, the form to add or change one, each goal's plan texts,
// and the member of staff's secret calendar address. Texts come from the page (message bundles).
const main = document.getElementById('innehall');
const texts = JSON.parse(document.getElementById('plan-texts').textContent);
const lang = document.documentElement.lang;
const yearForm = document.getElementById('year-form');
const activityForm = document.getElementById('activity-form');
const activityHeading = document.getElementById('activity-heading');
const cancel = document.getElementById('activity-cancel');
const PLAN_FIELDS = ['purpose', 'targetGroups', 'messages', 'channels'];
const ACTIVITY_FIELDS = ['goalId', 'startsOn', 'endsOn', 'activity', 'targetGroup', 'responsible', 'status'];
let session;

function cell(text, tag = 'td') {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function day(iso) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(lang, { day: 'numeric', month: 'short' });
}

/** The months of the year an activity has days in: a period shows in each. */
function monthsOf(activity, year) {
  const end = activity.endsOn ?? activity.startsOn;
  const first = Number(activity.startsOn.slice(0, 4)) < year ? 1 : Number(activity.startsOn.slice(5, 7));
  const last = Number(end.slice(0, 4)) > year ? 12 : Number(end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function editActivity(activity) {
  for (const field of ACTIVITY_FIELDS) {
    activityForm.elements[field].value = activity[field] ?? '';
  }
  activityForm.elements.id.value = activity.id;
  activityForm.elements.goalId.disabled = true;
  activityHeading.textContent = texts.editActivity;
  cancel.hidden = false;
  activityForm.elements.startsOn.focus();
}

function resetActivity() {
  activityForm.reset();
  activityForm.elements.id.value = '';
  activityForm.elements.goalId.disabled = false;
  activityHeading.textContent = texts.newActivity;
  cancel.hidden = true;
}

async function showYear() {
  const year = Number(yearForm.elements.year.value);
  const activities = await session.authorizedFetch(`/api/plan?year=${year}`).then((r) => r.json());
  const rows = new Map();
  for (const activity of activities) {
    for (const month of monthsOf(activity, year)) {
      const row = document.createElement('tr');
      const dates = activity.endsOn ? `${day(activity.startsOn)}–${day(activity.endsOn)}` : day(activity.startsOn);
      const name = cell(activity.activity, 'th');
      name.scope = 'row';
      const edit = cell('');
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button secondary' });
      button.textContent = texts.edit;
      button.setAttribute('aria-label', `${texts.edit}: ${activity.activity}`);
      button.addEventListener('click', () => editActivity(activity));
      edit.append(button);
      row.append(cell(dates), name, cell(activity.goalName), cell(activity.targetGroup), cell(activity.responsible),
        cell(texts.statuses[activity.status]), edit);
      row.dataset.status = activity.status;
      rows.set(month, [...(rows.get(month) ?? []), row]);
    }
  }
  for (const table of document.querySelectorAll('table[data-month]')) {
    const monthRows = rows.get(Number(table.dataset.month)) ?? [];
    table.tBodies[0].replaceChildren(...monthRows);
    table.hidden = monthRows.length === 0;
    table.closest('section').querySelector('[data-empty]').hidden = monthRows.length > 0;
  }
}

function planForm(goal) {
  const form = document.createElement('form');
  form.className = 'goal-form';
  const heading = cell(goal.goalName, 'h3');
  heading.id = `plan-${goal.goalId}`;
  form.setAttribute('aria-labelledby', heading.id);
  form.append(heading);
  for (const field of PLAN_FIELDS) {
    const id = `${field}-${goal.goalId}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: texts[field] });
    const area = Object.assign(document.createElement('textarea'), { id, name: field, rows: 3, maxLength: 4000 });
    area.value = goal.texts[field];
    const line = document.createElement('p');
    line.append(label, area);
    form.append(line);
  }
  const save = Object.assign(document.createElement('button'), { type: 'submit', className: 'button' });
  save.textContent = texts.savePlan.replace('GOAL', goal.goalName);
  form.append(save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await session.authorizedFetch(`/api/plan/goals/${goal.goalId}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(new FormData(form))),
    });
    document.getElementById('plan-status-line').textContent = response.ok ? texts.planSaved : texts.planRefused;
  });
  return form;
}

async function showGoals() {
  const goals = await session.authorizedFetch('/api/plan/goals').then((r) => r.json());
  activityForm.elements.goalId.replaceChildren(...goals.map((goal) => new Option(goal.goalName, goal.goalId)));
  document.getElementById('goal-plans').replaceChildren(...goals.map(planForm));
}

async function saveActivity(event) {
  event.preventDefault();
  const values = Object.fromEntries(ACTIVITY_FIELDS.map((field) => [field, activityForm.elements[field].value]));
  values.endsOn = values.endsOn || null;
  const id = activityForm.elements.id.value;
  const response = await session.authorizedFetch(id ? `/api/plan/activities/${id}`
    : `/api/plan/goals/${values.goalId}/activities`, {
    method: id ? 'PUT' : 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values),
  });
  const line = document.getElementById('activity-status-line');
  if (!response.ok) {
    line.textContent = texts.activityRefused;
    return;
  }
  line.textContent = texts.activitySaved;
  resetActivity();
  await showYear();
}

function feedControls() {
  const shown = document.getElementById('feed-shown');
  const line = document.getElementById('feed-status-line');
  document.getElementById('feed-issue').addEventListener('click', async () => {
    const feed = await session.authorizedFetch('/api/plan/feed', { method: 'POST' }).then((r) => r.json());
    const address = document.getElementById('feed-address');
    address.value = feed.address;
    shown.hidden = false;
    line.textContent = '';
    address.select();
  });
  document.getElementById('feed-revoke').addEventListener('click', async () => {
    await session.authorizedFetch('/api/plan/feed', { method: 'DELETE' });
    shown.hidden = true;
    line.textContent = texts.feedRevoked;
  });
}

async function start() {
  session = await signIn({ authServerUrl: main.dataset.authServerUrl, clientId: main.dataset.clientId });
  document.getElementById('sign-in').hidden = true;
  if (!['communicator', 'manager', 'admin'].some((role) => session.hasRole(role))) {
    document.getElementById('forbidden').hidden = false;
    return;
  }
  document.getElementById('plan').hidden = false;
  yearForm.elements.year.value = new Date().getFullYear();
  yearForm.addEventListener('submit', (event) => {
    event.preventDefault();
    showYear();
  });
  activityForm.addEventListener('submit', saveActivity);
  cancel.addEventListener('click', resetActivity);
  document.getElementById('sign-out').addEventListener('click', () => session.logout());
  feedControls();
  await showGoals();
  await showYear();
}

document.getElementById('sign-in-button').addEventListener('click', start);
// Back from Keycloak's login form: carry on signing in without another click.
if (/[#&?](code|state)=/.test(location.href)) {
  start();
}
