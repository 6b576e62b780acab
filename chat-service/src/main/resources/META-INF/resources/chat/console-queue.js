const $ = (id) => document.getElementById(id);

/** A copy of a <template>'s first element. */
export function cloneTemplate(id) {
  return $(id).content.firstElementChild.cloneNode(true);
}

/** The badge of a risk-flagged conversation; none for the others. */
export function showRisk(badge, risk, t) {
  const flagged = risk === 'HIGH' || risk === 'ELEVATED';
  badge.hidden = !flagged;
  badge.textContent = flagged ? t(`risk-${risk}`) : '';
  badge.classList.toggle('risk-high', risk === 'HIGH');
}

/**
 * The queue as every console sees it, in the server's order (risk-flagged first, then the longest waiting). Entries
 * are updated in place, so a button that has the keyboard focus keeps it when the list is refreshed.
 */
export class QueueView {
  #t;
  #onTake;
  #list = $('queue-list');

  constructor(t, onTake) {
    this.#t = t;
    this.#onTake = onTake;
  }

  render({ entries, total, counsellorsOnline }) {
    $('queue-total').textContent = String(total);
    $('queue-online').textContent = String(counsellorsOnline);
    $('queue-empty').hidden = entries.length > 0;
    const shown = new Map([...this.#list.children].map((item) => [item.dataset.conversationId, item]));
    entries.forEach((entry, index) => {
      const item = shown.get(entry.conversationId) ?? this.#item(entry.conversationId);
      shown.delete(entry.conversationId);
      this.#fill(item, entry);
      if (this.#list.children[index] !== item) {
        this.#list.insertBefore(item, this.#list.children[index] ?? null);
      }
    });
    shown.forEach((gone) => gone.remove());
  }

  #item(conversationId) {
    const item = cloneTemplate('queue-entry-template');
    item.dataset.conversationId = conversationId;
    const facts = item.querySelector('.facts');
    facts.id = `queue-${conversationId}`;
    const take = item.querySelector('.take');
    take.setAttribute('aria-describedby', facts.id);
    take.addEventListener('click', () => this.#onTake(conversationId));
    return item;
  }

  #fill(item, { waitedSeconds, ageBand, topic, risk, practice }) {
    showRisk(item.querySelector('.risk'), risk, this.#t);
    item.classList.toggle('risky', risk === 'HIGH' || risk === 'ELEVATED');
    item.querySelector('.practice').hidden = !practice;
    item.querySelector('.waited').textContent = `${Math.floor(waitedSeconds / 60)} ${this.#t('minutes')}`;
    item.querySelector('.age-band').textContent = this.#t(`age-${ageBand}`);
    item.querySelector('.topic').textContent = topic ? this.#t(`topic-${topic}`) : this.#t('no-topic');
  }
}

/** Supervisors' alerts: risk words and counsellors asking for support, each with a way in. */
export class AlertsView {
  #t;
  #onJoin;
  #list = $('alert-list');

  constructor(t, onJoin) {
    this.#t = t;
    this.#onJoin = onJoin;
  }

  show() {
    $('alerts').hidden = false;
  }

  add({ conversationId, level, reason, by }) {
    const key = `${conversationId}|${reason}`;
    if ([...this.#list.children].some((item) => item.dataset.key === key)) {
      return;
    }
    const item = cloneTemplate('alert-template');
    item.dataset.key = key;
    showRisk(item.querySelector('.risk'), level, this.#t);
    item.querySelector('.reason').textContent = this.#t(`alert-${reason}`) + (by ? ` (${by})` : '');
    for (const button of item.querySelectorAll('button')) {
      button.addEventListener('click', () => {
        this.#onJoin(conversationId, button.dataset.silent === 'true');
        item.remove();
        $('no-alerts').hidden = this.#list.children.length > 0;
      });
    }
    this.#list.prepend(item);
    $('no-alerts').hidden = true;
  }
}
