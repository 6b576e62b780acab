import { shortDateTime } from './dates.js';
import { el } from './dom.js';
import { label, t } from './texts.js';

/** Marks a badge with a case's SLA state: in words and a symbol, the colour only adds to them. */
export function markSla(badge, state) {
  badge.className = `badge sla sla-${state.toLowerCase()}`;
  badge.textContent = label('sla', state);
}

function slaCell(line) {
  const badge = el('span');
  markSla(badge, line.sla);
  const badges = line.escalated ? [badge, el('span', { class: 'badge escalated' }, t('escalated'))] : [badge];
  return el('td', {}, badges);
}

function row(line, open) {
  const reference = el('button', { type: 'button', class: 'link' }, line.reference);
  reference.addEventListener('click', () => open(line.id));
  const status = line.unit ? `${label('status', line.status)}: ${label('unit', line.unit)}` : label('status', line.status);
  return el('tr', { class: `sla-${line.sla.toLowerCase()}` }, [
    el('th', { scope: 'row' }, [reference]),
    slaCell(line),
    el('td', {}, shortDateTime(line.openedAt)),
    el('td', {}, label('category', line.category)),
    el('td', { class: 'summary' }, line.summary),
    el('td', {}, status),
  ]);
}

/** Fills a case table (templates/case-table.html); a case's reference opens it. */
export function renderCases(body, empty, lines, open) {
  body.replaceChildren(...lines.map((line) => row(line, open)));
  empty.hidden = lines.length > 0;
}
