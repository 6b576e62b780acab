import { signIn } from '/socialkontakt/staff-login.js';
import { download } from '/analytics/download.js';

// The pilot evaluation: signs in, shows a service's figures six months before its launch against six months after,
// and downloads the committee's PDF of the same comparison. Texts come from the page (message bundles).
const main = document.getElementById('innehall');
const texts = JSON.parse(document.getElementById('pilot-texts').textContent);
const form = document.getElementById('pilot-form');
const lang = document.documentElement.lang;
const pdf = document.getElementById('pdf');
let session;

function query() {
  return new URLSearchParams({ service: form.elements.service.value, launch: form.elements.launch.value });
}

function shown(side) {
  return side.suppressed ? texts.fewer : new Intl.NumberFormat(lang).format(side.value);
}

function fill(evaluation) {
  const { before, after } = evaluation.windows;
  document.getElementById('before-heading').textContent = texts.before.replace('FROM', before.start)
    .replace('TO', before.lastDay);
  document.getElementById('after-heading').textContent = texts.after.replace('FROM', after.start)
    .replace('TO', after.lastDay);
  const byKey = new Map(evaluation.figures.map((figure) => [figure.key, figure]));
  for (const row of document.querySelectorAll('#result tbody tr')) {
    const figure = byKey.get(row.dataset.key);
    row.hidden = !figure;
    if (figure) {
      row.querySelector('[data-before]').textContent = shown(figure.before);
      row.querySelector('[data-after]').textContent = shown(figure.after);
    }
  }
  const incomplete = document.getElementById('incomplete');
  incomplete.hidden = evaluation.windows.afterComplete;
  incomplete.textContent = texts.incomplete.replace('END', evaluation.windows.afterEnds)
    .replace('TODAY', after.lastDay);
}

async function show(event) {
  event.preventDefault();
  const response = await session.authorizedFetch('/api/evaluation/pilot?' + query());
  const refused = !response.ok;
  document.getElementById('refused').hidden = !refused;
  document.getElementById('result').hidden = refused;
  pdf.disabled = refused;
  form.elements.launch.setAttribute('aria-invalid', String(refused));
  if (!refused) {
    fill(await response.json());
  }
}

async function start() {
  session = await signIn({ authServerUrl: main.dataset.authServerUrl, clientId: main.dataset.clientId });
  document.getElementById('sign-in').hidden = true;
  if (!session.hasRole('manager') && !session.hasRole('admin')) {
    document.getElementById('forbidden').hidden = false;
    return;
  }
  document.getElementById('evaluation').hidden = false;
  form.addEventListener('submit', show);
  pdf.addEventListener('click', () => download(session, `/api/evaluation/pilot.pdf?${query()}&lang=${lang}`,
    `pilotutvardering-${form.elements.service.value}-${form.elements.launch.value}.pdf`));
  document.getElementById('sign-out').addEventListener('click', () => session.logout());
}

document.getElementById('sign-in-button').addEventListener('click', start);
// Back from Keycloak's login form: carry on signing in without another click.
if (/[#&?](code|state)=/.test(location.href)) {
  start();
}
