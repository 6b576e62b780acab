/* global Chart -- Chart.js, loaded from its webjar before this module runs */
import { signIn } from '/socialkontakt/staff-login.js';
import { goalsPanel } from '/analytics/goals.js';
import { trendPanel } from '/analytics/trend.js';
import { latestRequests } from '/analytics/latest.js';

// The management dashboard: signs in, shows the figures of the chosen period and filters, and fetches them again
// whenever the live channel says new events were stored. Texts come from the page (message bundles).
const main = document.getElementById('innehall');
const texts = JSON.parse(document.getElementById('dashboard-texts').textContent);
const form = document.getElementById('controls');
const dashboard = document.getElementById('dashboard');
const status = document.getElementById('status');
const lang = document.documentElement.lang;
const RECONNECT_MS = 3000;
let session;
let chart;
let showGoals;
let showTrend;

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

function shown(figure, previous) {
  if (!figure) {
    return texts.fewer;
  }
  const suppressed = previous ? figure.previousSuppressed : figure.suppressed;
  const value = previous ? figure.previousYear : figure.value;
  return suppressed || value === null ? texts.fewer : new Intl.NumberFormat(lang).format(value);
}

function fill(figures) {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  for (const tile of document.querySelectorAll('.tile')) {
    const figure = byKey.get(tile.dataset.key);
    tile.querySelector('[data-value]').textContent = shown(figure, false);
    tile.querySelector('[data-before]').textContent = shown(figure, true);
    tile.querySelector('[data-not-filtered]').hidden = !figure || figure.filtersApply;
  }
  const rows = [...document.querySelectorAll('#channel-rows tr')];
  for (const row of rows) {
    const figure = byKey.get('contacts.channel.' + row.dataset.channel);
    row.querySelector('[data-value]').textContent = shown(figure, false);
    row.querySelector('[data-before]').textContent = shown(figure, true);
  }
  draw(rows.map((row) => row.querySelector('th').textContent),
    rows.map((row) => byKey.get('contacts.channel.' + row.dataset.channel)));
}

function draw(labels, figures) {
  const now = figures.map((f) => (f && !f.suppressed ? f.value : 0));
  const before = figures.map((f) => (f && !f.previousSuppressed ? f.previousYear : 0));
  const [nowLabel, beforeLabel] = [...document.querySelectorAll('#channels-heading ~ table th[scope=col]')]
    .slice(1).map((th) => th.textContent);
  if (chart) {
    chart.data.datasets[0].data = now;
    chart.data.datasets[1].data = before;
    chart.update();
    return;
  }
  chart = new Chart(document.getElementById('channel-chart'), {
    type: 'bar',
    data: { labels, datasets: [
      { label: nowLabel, data: now, backgroundColor: '#00467f' },
      { label: beforeLabel, data: before, backgroundColor: '#9ca3af' },
    ] },
    options: { animation: false, responsive: true },
  });
}

// Only the latest request's figures are shown: an earlier one answered later (the first view's, still on its way
// when another period was chosen) would put another view's figures under the chosen period. The dashboard is
// aria-busy until the latest request's figures are on screen.
const askFigures = latestRequests();

async function load(note) {
  const latest = askFigures();
  dashboard.setAttribute('aria-busy', 'true');
  try {
    await show(note, latest);
  } finally {
    if (latest()) {
      dashboard.setAttribute('aria-busy', 'false');
    }
  }
}

async function show(note, latest) {
  const [figures, progress, freshness] = await Promise.all([
    session.authorizedFetch('/api/figures?' + query()).then((r) => r.json()),
    session.authorizedFetch('/api/goals').then((r) => r.json()),
    session.authorizedFetch('/api/freshness').then((r) => r.json()),
  ]);
  if (!latest()) {
    return;
  }
  fill(figures.figures);
  await Promise.all([showGoals(progress), showTrend(query())]);
  // When the newest counted event was stored, and whether events still wait: the figures are as fresh as that.
  const parts = note ? [note] : [];
  if (freshness.storedUpTo) {
    const time = new Date(freshness.storedUpTo).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });
    parts.push(texts.updated.replace('TIME', time));
  }
  if (freshness.behind) {
    parts.push(texts.behind.replace('COUNT', freshness.waitingRecords.toLocaleString(lang)));
  }
  status.textContent = parts.join(' ');
}

async function download(path, fileName) {
  const response = await session.authorizedFetch(path + '?' + query());
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

// One live reload at a time: a large view takes seconds to compute, and news arrives every second. Changes that
// come in meanwhile are taken in by one more reload when it ends, instead of piling up requests.
let liveReload = null;
let changedMeanwhile = false;

function reloadLive() {
  if (liveReload) {
    changedMeanwhile = true;
    return;
  }
  liveReload = load(texts.liveUpdated).finally(() => {
    liveReload = null;
    if (changedMeanwhile) {
      changedMeanwhile = false;
      reloadLive();
    }
  });
}

async function listen() {
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/dashboard';
  const socket = new WebSocket(url, ['bearer-token-carrier',
    encodeURIComponent('quarkus-http-upgrade#Authorization#Bearer ' + await session.token())]);
  socket.addEventListener('message', (event) => {
    if (JSON.parse(event.data).type === 'changed') {
      reloadLive();
    }
  });
  socket.addEventListener('close', () => setTimeout(listen, RECONNECT_MS));
}

// The admin's recount: the figures stay on screen while it runs; its progress is polled until it serves.
function rebuildPanel() {
  const panel = document.getElementById('rebuild');
  const confirmBox = document.getElementById('rebuild-confirm');
  const line = document.getElementById('rebuild-status');
  panel.hidden = false;
  const show = (generation) => {
    if (generation.state === 'SERVING') {
      line.textContent = texts.rebuildDone.replace('GENERATION', generation.generation);
      return true;
    }
    line.textContent = texts.rebuildProgress.replace('GENERATION', generation.generation)
      .replace('DONE', generation.eventsProcessed.toLocaleString(lang))
      .replace('TOTAL', generation.eventsTotal.toLocaleString(lang));
    return false;
  };
  document.getElementById('rebuild-start').addEventListener('click', async () => {
    if (!confirmBox.checked) {
      line.textContent = texts.rebuildConfirmFirst;
      confirmBox.focus();
      return;
    }
    const started = await session.authorizedFetch('/api/admin/rebuild', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ confirm: true }),
    }).then((r) => r.json());
    show(started);
    const poll = setInterval(async () => {
      const generations = await session.authorizedFetch('/api/admin/rebuild').then((r) => r.json());
      const mine = generations.find((g) => g.generation === started.generation);
      if (mine && show(mine)) {
        clearInterval(poll);
        confirmBox.checked = false;
        load();
      }
    }, 1000);
  });
}

async function start() {
  session = await signIn({ authServerUrl: main.dataset.authServerUrl, clientId: main.dataset.clientId });
  document.getElementById('sign-in').hidden = true;
  if (!session.hasRole('manager') && !session.hasRole('admin')) {
    document.getElementById('forbidden').hidden = false;
    return;
  }
  dashboard.hidden = false;
  showGoals = goalsPanel(session, texts, () => load());
  showTrend = trendPanel(session, texts.fewer);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  document.getElementById('csv').addEventListener('click', () => download('/api/figures/export.csv', 'uppfoljning.csv'));
  document.getElementById('pdf').addEventListener('click', () => download('/api/figures/report.pdf', 'uppfoljning.pdf'));
  document.getElementById('sign-out').addEventListener('click', () => session.logout());
  if (session.hasRole('admin')) {
    rebuildPanel();
  }
  await load();
  listen();
}

document.getElementById('sign-in-button').addEventListener('click', start);
// Back from Keycloak's login form: carry on signing in without another click.
if (/[#&?](code|state)=/.test(location.href)) {
  start();
}
