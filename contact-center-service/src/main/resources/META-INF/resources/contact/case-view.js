import { ApiError } from './api.js';
import { markSla } from './case-table.js';
import { dateTime, deadline, shortDateTime } from './dates.js';
import { $, el, fill, fromTemplate } from './dom.js';
import { onSubmit } from './forms.js';
import { failureText } from './staff.js';
import { label, t } from './texts.js';

const STILL_OPEN = ['OPEN', 'ROUTED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^KC-\d{4}-\d{6}$/;

/** An answer says whether it has reached the resident yet: saved is not sent. */
function delivery(entry) {
  if (entry.kind !== 'ANSWER') {
    return '';
  }
  return ` · ${entry.deliveredAt ? `${t('answer-sent')} ${dateTime(entry.deliveredAt)}` : t('answer-waiting')}`;
}

function entryItem(entry) {
  const item = fromTemplate('entry-template');
  item.classList.add(entry.kind.toLowerCase());
  fill(item, {
    '.entry-kind': label('entry', entry.kind),
    '.entry-by': `${entry.author} · ${dateTime(entry.writtenAt)}${delivery(entry)}`,
    '.entry-text': entry.text,
  });
  return item;
}

/**
 * The case panel (templates/case-panel.html): one case with its answers and notes, worked through the API. Agents'
 * pages also hold the forms to route and merge and to look up an identified person's earlier contacts (audited by
 * the API); handlers answer and resolve.
 */
export class CaseView {
  #api;
  #changed;
  #returnFocus;
  #current = null;

  /** `changed` runs after every change to a case; `returnFocus` is the id of what takes the focus on closing. */
  constructor(api, changed, returnFocus) {
    this.#api = api;
    this.#changed = changed;
    this.#returnFocus = returnFocus;
    $('close-case').addEventListener('click', () => this.close());
    this.#works($('answer-form'), ({ text }, button) => [`/${button.value}`, { text }],
      (done) => (done.status !== 'RESOLVED' ? t('answer-saved')
        : t(done.resolvedAtFirstContact ? 'resolved-at-first-contact' : 'resolved')));
    this.#works($('note-form'), ({ text }) => ['/notes', { text }], () => t('note-saved'));
    this.#works($('route-form'), ({ unit }) => ['/routing', { unit }],
      (done) => `${t('routed-to')} ${label('unit', done.unit)}.`);
    this.#works($('merge-form'), async ({ into }) => ['/merge', { into: await this.#caseNamed(into) }],
      (kept) => `${t('merged-into')} ${kept.reference}.`);
    $('show-earlier')?.addEventListener('click', () => this.#showEarlier());
  }

  async open(id) {
    try {
      this.show(await this.#api.get(`/api/cases/${id}`));
      $('case-heading').focus();
    } catch (failure) {
      this.#say(failureText(failure));
    }
  }

  show(detail, message = '') {
    const another = this.#current?.id !== detail.id;
    this.#current = detail;
    const panel = $('case');
    panel.hidden = false;
    fill(panel, {
      '[data-field="reference"]': detail.reference,
      '[data-field="status"]': label('status', detail.status),
      '[data-field="channel"]': label('channel', detail.channel),
      '[data-field="category"]': label('category', detail.category),
      '[data-field="targetGroup"]': label('target', detail.targetGroup),
      '[data-field="unit"]': label('unit', detail.unit),
      '[data-field="openedAt"]': dateTime(detail.openedAt),
      '[data-field="firstResponseDue"]': deadline(detail.firstResponseDue),
      '[data-field="resolutionDue"]': deadline(detail.resolutionDue),
      '[data-field="personNumber"]': detail.personNumber ?? '–',
      '[data-field="contactDetails"]': detail.contactDetails ?? '–',
      '[data-field="summary"]': detail.summary,
      '#reply-route': label('reply', detail.replyRoute),
    });
    const open = STILL_OPEN.includes(detail.status);
    const sla = panel.querySelector('[data-field="sla"]');
    markSla(sla, detail.sla);
    sla.hidden = !open;
    panel.querySelector('[data-field="escalated"]').hidden = !detail.escalated;
    $('case-entries').replaceChildren(...detail.entries.map(entryItem));
    $('no-entries').hidden = detail.entries.length > 0;
    $('case-actions').hidden = !open;
    // Resolved at first contact only while the case has not left the contact center.
    $('resolve').textContent = t($('route-form') && detail.status === 'OPEN' ? 'resolve-at-first-contact' : 'resolve');
    this.#offerRouting(detail);
    this.#offerEarlier(detail, another);
    this.#say(message);
    if (another) {
      // The side panels' lines about the case before (e.g. "the answer is inserted") no longer hold.
      panel.dispatchEvent(new CustomEvent('case-opened', { bubbles: true }));
    }
  }

  /** Puts a knowledge-base answer into the answer box of the open case; false when no case can take it. */
  insert(text) {
    if (!this.#current || !STILL_OPEN.includes(this.#current.status)) {
      return false;
    }
    const box = $('answer');
    box.value = box.value.trim() ? `${box.value.trim()}\n\n${text}` : text;
    box.focus();
    return true;
  }

  /** Puts the case away, e.g. when another list is chosen; the focus stays where it is. */
  hide() {
    this.#current = null;
    $('case').hidden = true;
  }

  close() {
    this.hide();
    $(this.#returnFocus).focus();
  }

  /** A form of the panel that posts to the case (path below /api/cases/{id}) and shows the case it answers with. */
  #works(form, request, message) {
    if (!form) {
      return;
    }
    onSubmit(form, {
      send: async (values, button) => {
        const [path, body] = await request(values, button);
        return this.#api.post(`/api/cases/${this.#current.id}${path}`, body);
      },
      done: (detail) => {
        form.reset();
        this.show(detail, message(detail));
        this.#changed();
      },
      tell: (text) => this.#say(text),
      explain: failureText,
    });
  }

  /** The other open case that a reference number or an id names; a refusal of the field if none. */
  async #caseNamed(wanted) {
    if (UUID.test(wanted)) {
      return wanted;
    }
    const reference = wanted.toUpperCase();
    const found = REFERENCE.test(reference)
      ? (await this.#api.get(`/api/cases?reference=${encodeURIComponent(reference)}`))
        .find((line) => STILL_OPEN.includes(line.status) && line.id !== this.#current.id)
      : undefined;
    if (!found) {
      throw new ApiError(400, { field: 'into' });
    }
    return found.id;
  }

  #offerRouting(detail) {
    const form = $('route-form');
    if (form) {
      form.hidden = detail.status !== 'OPEN';
      const rule = t(`rule-${detail.category}`);
      if (rule) {
        form.elements.namedItem('unit').value = rule;
      }
    }
  }

  #offerEarlier(detail, another) {
    const list = $('earlier-list');
    if (!list) {
      return;
    }
    if (another) {
      list.replaceChildren();
    }
    $('earlier-none').hidden = Boolean(detail.personNumber);
    $('earlier-offer').hidden = !detail.personNumber;
  }

  async #showEarlier() {
    try {
      const earlier = await this.#api.get(`/api/cases/${this.#current.id}/earlier-contacts`);
      $('earlier-list').replaceChildren(...(earlier.length === 0 ? [el('li', {}, t('no-earlier'))]
        : earlier.map((line) => this.#earlierItem(line))));
    } catch (failure) {
      this.#say(failureText(failure));
    }
  }

  #earlierItem(line) {
    const reference = el('button', { type: 'button', class: 'link' }, line.reference);
    reference.addEventListener('click', () => this.open(line.id));
    const about = `${shortDateTime(line.openedAt)} · ${label('channel', line.channel)} · `
      + `${label('category', line.category)} · ${label('status', line.status)}: ${line.summary}`;
    return el('li', {}, [reference, el('span', {}, ` ${about}`)]);
  }

  #say(text) {
    $('case-status').textContent = text;
  }
}
