import { ConversationPanel } from './console-panel.js';

const SAVED = 'socialkontakt.console.conversations';
const $ = (id) => document.getElementById(id);

/**
 * The member of staff's conversations as tabs, one panel each. Their ids are kept in the tab's session storage so a
 * reload resumes them.
 */
export class Conversations {
  #t;
  #context;
  #open = new Map();
  #opened = 0;

  /** @param context send(frame), session and the canned responses, shared by every panel */
  constructor(t, context) {
    this.#t = t;
    this.#context = context;
    $('tabs').addEventListener('keydown', (event) => this.#moveWithKeys(event));
  }

  /** Each conversation to resume after (re)connecting, with the last message it shows; {@code held} the server's. */
  toResume(held = []) {
    const saved = JSON.parse(sessionStorage.getItem(SAVED)) ?? [];
    return [...new Set([...saved, ...this.#open.keys(), ...held])]
      .map((conversationId) => ({ conversationId, lastSeq: this.#open.get(conversationId)?.panel.lastSeq ?? 0 }));
  }

  /** Conversations still under way, which take a place. */
  get underWay() {
    return [...this.#open.values()].filter(({ panel }) => !panel.over).length;
  }

  assigned(frame) {
    const known = this.#open.get(frame.conversationId);
    if (known) {
      known.panel.update(frame);
      return;
    }
    const id = frame.conversationId;
    const panel = new ConversationPanel(frame, { ...this.#context, t: this.#t, onClose: () => this.#close(id) });
    this.#opened += 1;
    const label = `${this.#t('conversation')} ${this.#opened}`;
    panel.heading = label;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${id}`;
    tab.setAttribute('aria-controls', panel.element.id);
    tab.append(label, ' ');
    const unread = document.createElement('span');
    unread.className = 'unread';
    unread.hidden = true;
    unread.textContent = this.#t('unread');
    tab.append(unread);
    tab.addEventListener('click', () => this.#select(id));
    panel.element.setAttribute('aria-labelledby', tab.id);
    $('tabs').append(tab);
    $('panels').append(panel.element);
    this.#open.set(id, { panel, tab, unread });
    this.#save();
    $('no-conversations').hidden = true;
    this.#select(id);
  }

  /** Handed over to someone else: the panel goes. */
  released(conversationId, to) {
    if (this.#open.has(conversationId)) {
      this.#close(conversationId);
      $('console-status').textContent = `${this.#t('transferred')} ${to}`;
    }
  }

  /** Passes a frame to its conversation; returns whether there was one. */
  route(frame) {
    const open = this.#open.get(frame.conversationId);
    if (!open) {
      return false;
    }
    if (open.panel.receive(frame) && open.tab.getAttribute('aria-selected') !== 'true') {
      open.unread.hidden = false;
    }
    return true;
  }

  #select(conversationId) {
    for (const [id, { panel, tab, unread }] of this.#open) {
      const selected = id === conversationId;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panel.element.hidden = !selected;
      if (selected) {
        unread.hidden = true;
      }
    }
  }

  #close(conversationId) {
    const { panel, tab } = this.#open.get(conversationId);
    panel.element.remove();
    tab.remove();
    this.#open.delete(conversationId);
    this.#save();
    const next = this.#open.keys().next();
    if (next.done) {
      $('no-conversations').hidden = false;
    } else {
      this.#select(next.value);
      this.#open.get(next.value).tab.focus();
    }
  }

  /** Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern). */
  #moveWithKeys(event) {
    const ids = [...this.#open.keys()];
    const at = ids.findIndex((id) => this.#open.get(id).tab === document.activeElement);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (at < 0 || to === undefined) {
      return;
    }
    event.preventDefault();
    const id = ids[(to + ids.length) % ids.length];
    this.#select(id);
    this.#open.get(id).tab.focus();
  }

  #save() {
    sessionStorage.setItem(SAVED, JSON.stringify([...this.#open.keys()]));
  }
}
