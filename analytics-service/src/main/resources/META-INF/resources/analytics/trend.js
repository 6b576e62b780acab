/* global Chart -- Chart.js, loaded from its webjar before the dashboard's module runs */
// The dashboard's time chart: a figure week by week, the plans' activities and the crisis messages as markers on it,
// and a chosen marker's before and after. The list of markers is how a keyboard or a screen reader chooses one; a
// click on a marker in the chart does the same. Texts come from the page (message bundles).
import { latestRequests } from '/analytics/latest.js';

const lang = document.documentElement.lang;
const texts = JSON.parse(document.getElementById('trend-texts').textContent);
const figureSelect = document.getElementById('trend-figure');
const weeksSelect = document.getElementById('trend-weeks');
const status = document.getElementById('trend-status');
const panel = document.getElementById('before-after');
const number = new Intl.NumberFormat(lang);
const signed = new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' });
const percent = new Intl.NumberFormat(lang, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
const MARKER_COLOUR = '#b45309';

function day(iso) {
  const [year, month, date] = iso.split('-').map(Number);
  return new Date(year, month - 1, date);
}

function shownDate(iso) {
  return day(iso).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' });
}

function shownDays(first, last) {
  return first === last ? shownDate(first) : `${shownDate(first)}–${shownDate(last)}`;
}

/** A window's days: from its first to the day before {@code until}. */
function shownWindow(window) {
  const last = day(window.until);
  last.setDate(last.getDate() - 1);
  const iso = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}`;
  return shownDays(window.from, iso);
}

function markerText(marker) {
  const about = marker.about ? ` (${texts.goalOf.replace('GOAL', marker.about)})` : '';
  return `${texts.kinds[marker.kind]} ${shownDays(marker.firstDay, marker.lastDay)}: ${marker.title}${about}`;
}

/** The index of the week the marker begins in, or -1 when it began before the chart. */
function weekOf(marker, weeks) {
  return weeks.findIndex((week) => {
    const monday = day(week.monday);
    const next = new Date(monday);
    next.setDate(next.getDate() + 7);
    const first = day(marker.firstDay);
    return first >= monday && first < next;
  });
}

/** Shows the figure and its markers for the dashboard's view; {@code fewer} is the text of a suppressed count. */
export function trendPanel(session, fewer) {
  let chart;
  let view;
  let trend;
  let chosen;
  let markersPerWeek = [];
  // Only the latest view and the latest marker asked for are shown.
  const askTrend = latestRequests();
  const askChoice = latestRequests();
  // Whether the status line's failure is a marker choice's (a later answered choice takes it away) or the trend's.
  let choiceFailed = false;

  function count(window) {
    const value = window.suppressed ? fewer : number.format(window.value);
    return window.over ? value : texts.ongoing.replace('VALUE', value);
  }

  function fillRow(row, comparison) {
    row.querySelector('[data-before]').textContent = count(comparison.before);
    row.querySelector('[data-after]').textContent = count(comparison.after);
    row.querySelector('[data-change]').textContent = comparison.difference === null ? texts.noComparison
      : `${signed.format(comparison.difference)} (${percent.format(comparison.percent / 100)})`;
  }

  /** Shows the marker's before and after; {@code focus} when a person chose it, not when the figures were renewed. */
  async function choose(marker, focus) {
    chosen = marker;
    for (const button of document.querySelectorAll('#trend-markers button')) {
      button.setAttribute('aria-pressed', String(button.dataset.id === marker.id));
    }
    const params = new URLSearchParams(view);
    params.set('figure', figureSelect.value);
    params.set('date', marker.firstDay);
    params.set('weeks', weeksSelect.value);
    const latest = askChoice();
    const response = await session.authorizedFetch('/api/trend/before-after?' + params);
    // A failed answer to an earlier choice says nothing about the marker chosen since.
    if (!latest()) {
      return;
    }
    if (!response.ok) {
      status.textContent = texts.failed;
      choiceFailed = true;
      return;
    }
    const result = await response.json();
    if (!latest()) {
      return;
    }
    if (choiceFailed) {
      status.textContent = '';
      choiceFailed = false;
    }
    document.getElementById('before-after-heading').textContent = texts.heading.replace('TITLE', marker.title);
    panel.querySelector('[data-before-heading]').textContent = texts.before.replace('WEEKS', result.weeks);
    panel.querySelector('[data-after-heading]').textContent = texts.after.replace('WEEKS', result.weeks);
    fillRow(panel.querySelector('tr[data-row=around]'), result.around);
    fillRow(panel.querySelector('tr[data-row=yearEarlier]'), result.yearEarlier);
    document.getElementById('before-after-dates').textContent = texts.dates
      .replace('YEAR_BEFORE', shownWindow(result.yearEarlier.before))
      .replace('YEAR_AFTER', shownWindow(result.yearEarlier.after))
      .replace('BEFORE', shownWindow(result.around.before))
      .replace('AFTER', shownWindow(result.around.after));
    panel.hidden = false;
    if (focus) {
      panel.focus();
    }
  }

  function listMarkers() {
    const list = document.getElementById('trend-markers');
    list.replaceChildren();
    if (trend.markers.length === 0) {
      list.append(Object.assign(document.createElement('li'), { textContent: texts.noMarkers }));
    }
    for (const marker of trend.markers) {
      const button = Object.assign(document.createElement('button'), { type: 'button' });
      button.textContent = markerText(marker);
      button.dataset.id = marker.id;
      button.dataset.kind = marker.kind;
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-controls', 'before-after');
      button.addEventListener('click', () => choose(marker, true));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
  }

  function tabulate() {
    document.getElementById('trend-rows').replaceChildren(...trend.weeks.map((week, i) => {
      const row = document.createElement('tr');
      const heading = Object.assign(document.createElement('th'), { scope: 'row' });
      heading.textContent = texts.weekRow.replace('NUMBER', week.number).replace('YEAR', week.year)
        .replace('MONDAY', shownDate(week.monday));
      const value = document.createElement('td');
      value.textContent = count(week);
      const markers = document.createElement('td');
      markers.textContent = markersPerWeek[i].map((marker) => marker.title).join('; ');
      row.append(heading, value, markers);
      return row;
    }));
  }

  function draw() {
    const labels = trend.weeks.map((week) => texts.weekLabel.replace('NUMBER', week.number).replace('YEAR', week.year));
    markersPerWeek = trend.weeks.map(() => []);
    for (const marker of trend.markers) {
      const week = weekOf(marker, trend.weeks);
      if (week >= 0) {
        markersPerWeek[week].push(marker);
      }
    }
    const values = trend.weeks.map((week) => week.value);
    const markerPoints = markersPerWeek.map((markers, i) => (markers.length ? values[i] ?? 0 : null));
    tabulate();
    const figureName = figureSelect.selectedOptions[0].textContent;
    const data = {
      labels,
      datasets: [
        { label: figureName, data: values, borderColor: '#00467f', backgroundColor: '#00467f', spanGaps: false },
        { label: texts.markers, data: markerPoints, showLine: false, pointStyle: 'triangle', pointRadius: 9,
          pointHoverRadius: 11, borderColor: MARKER_COLOUR, backgroundColor: MARKER_COLOUR },
      ],
    };
    if (chart) {
      chart.data = data;
      chart.update();
      return;
    }
    chart = new Chart(document.getElementById('trend-chart'), {
      type: 'line',
      data,
      options: {
        animation: false,
        responsive: true,
        scales: { y: { beginAtZero: true } },
        onClick: (event, elements) => {
          const point = elements.find((element) => element.datasetIndex === 1);
          if (point) {
            choose(markersPerWeek[point.index][0], true);
          }
        },
      },
    });
  }

  async function show(params) {
    view = new URLSearchParams();
    for (const name of ['channel', 'unit']) {
      if (params.get(name)) {
        view.set(name, params.get(name));
      }
    }
    const query = new URLSearchParams(view);
    query.set('figure', figureSelect.value);
    query.set('lang', lang);
    if (params.get('date')) {
      query.set('until', params.get('date'));
    }
    const latest = askTrend();
    const response = await session.authorizedFetch('/api/trend?' + query);
    if (!latest()) {
      return;
    }
    if (!response.ok) {
      status.textContent = texts.failed;
      choiceFailed = false;
      return;
    }
    const answer = await response.json();
    if (!latest()) {
      return;
    }
    trend = answer;
    status.textContent = '';
    choiceFailed = false;
    document.getElementById('trend-not-filtered').hidden = trend.filtersApply;
    draw();
    listMarkers();
    if (chosen && trend.markers.some((marker) => marker.id === chosen.id)) {
      await choose(chosen, false);
    } else {
      chosen = null;
      panel.hidden = true;
    }
  }

  let lastParams = new URLSearchParams();
  figureSelect.addEventListener('change', () => show(lastParams));
  weeksSelect.addEventListener('change', () => chosen && choose(chosen, false));
  return (params) => {
    lastParams = params;
    return show(params);
  };
}
