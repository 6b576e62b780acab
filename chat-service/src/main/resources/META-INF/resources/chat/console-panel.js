import { callApi } from './console-api.js';
import { Composer } from './composer.js';
import { cloneTemplate, showRisk } from './console-queue.js';
import { MessageLog } from './message-log.js';

const TYPING_SHOWN_MS = 4000;

/** Gives every id in a copied template a prefix, and every reference to one, so copies can live side by side. */
function uniqueIds(root, prefix) {
  for (const element of root.querySelectorAll('[id]')) {
    element.id = `${prefix}-${element.id}`;
  }
  for (const label of root.querySelectorAll('label[for]')) {
    label.htmlFor = `${prefix}-${label.htmlFor}`;
  }
  for (const element of root.querySelectorAll('[aria-describedby]')) {
    const ids = element.getAttribute('aria-describedby').split(' ').map((id) => `${prefix}-${id}`);
    element.setAttribute('aria-describedby', ids.join(' '));
  }
}

/**
 * One conversation in the console: its messages and notes, the reply box with canned responses, and what staff may
 * do with it (end with topics, hand over, ask for support, preserve for a report of concern, block).
 */
export class ConversationPanel {
  #id;
  #t;
  #send;
  #session;
  #writesAs = 'COUNSELLOR';
  #element;
  #log;
  #composer;
  #typingTimer = 0;
  #over = false;
  #tagged = false;

  /**
   * @param assigned the "assigned" frame
   * @param context t (texts), send(frame) over the console's socket, session (for the REST calls and the user's name),
   *   canned responses, onClose() once the member of staff closes an ended conversation
   */
  constructor(assigned, { t, send, session, canned, onClose }) {
    this.#id = assigned.conversationId;
    this.#t = t;
    this.#send = send;
    this.#session = session;
    this.#element = cloneTemplate('conversation-template');
    uniqueIds(this.#element, `c-${this.#id}`);
    this.#element.id = `panel-${this.#id}`;
    this.#log = new MessageLog(this.#part('.messages'), t, ['COUNSELLOR', 'SUPERVISOR']);
    this.#composer = new Composer(this.#part('.composer'), {
      emptyText: t('error-empty'),
      onSend: (text) => this.#write(text),
      onTyping: () => send({ type: 'typing', conversationId: this.#id }),
    });
    this.#offerCanned(canned);
    this.#part('.note-form').addEventListener('submit', (event) => this.#note(event));
    this.#part('.end-form').addEventListener('submit', (event) => this.#tagTopics(event));
    this.#part('.close-panel').addEventListener('click', onClose);
    this.#part('.escalate').addEventListener('click', () => {
      send({ type: 'escalate', conversationId: this.#id });
      this.#actionDone(t('escalated'));
    });
    this.#part('.transfer-form').addEventListener('submit', (event) => {
      event.preventDefault();
      send({ type: 'transfer', conversationId: this.#id, to: new FormData(event.target).get('to').trim() });
    });
    this.#onPost('.preserve-form', 'preservation', (form) => ({ reason: form.get('reason') }),
      ({ preservedUntil }) => `${t('preserved-until')} ${this.#dateTime(preservedUntil)}`);
    // An address covers everyone behind it (a school, a mobile network): a supervisor's choice, briefly.
    this.#part('.address-choice').hidden = !session.hasRole('supervisor');
    this.#onPost('.block-form', 'block', (form) => ({ hours: Number(form.get('hours')), reason: form.get('reason'),
      kind: form.get('byAddress') ? 'ADDRESS' : 'BROWSER' }),
    ({ blockedUntil }) => `${t('blocked-until')} ${this.#dateTime(blockedUntil)}`);
    this.update(assigned);
  }

  get element() {
    return this.#element;
  }

  get over() {
    return this.#over;
  }

  get lastSeq() {
    return this.#log.highestSeq;
  }

  /** The conversation as an "assigned" frame describes it: after accept, join, transfer or a reconnect. */
  update({ ageBand, topic, risk, practice, silent, counsellor }) {
    this.#writesAs = counsellor === this.#session.user ? 'COUNSELLOR' : 'SUPERVISOR'; // a supervisor who joined openly
    showRisk(this.#part('.risk'), risk, this.#t);
    this.#part('.practice').hidden = !practice;
    this.#part('.age-band').textContent = this.#t(`age-${ageBand}`);
    this.#part('.topic').textContent = topic ? this.#t(`topic-${topic}`) : this.#t('no-topic');
    this.#part('.silent').hidden = !silent;
    for (const writing of ['.composer', '.note-form', '.end-form', '.more-actions']) {
      this.#part(writing).hidden = Boolean(silent);
    }
  }

  set heading(text) {
    this.#part('.conversation-heading').textContent = text;
  }

  focus() {
    this.#part('.conversation-heading').focus();
  }

  /** A frame about this conversation; returns whether it brought a new message from someone else. */
  receive(frame) {
    switch (frame.type) {
      case 'message': {
        const fresh = this.#log.show(frame);
        if (fresh && frame.from === 'YOUTH') {
          this.#typing(false);
        }
        return fresh && frame.from === 'YOUTH';
      }
      case 'ack':
        this.#log.ack(frame.clientId, frame.seq);
        break;
      case 'note':
        this.#log.note(frame, this.#t('note'));
        break;
      case 'typing':
        if (frame.from === 'YOUTH') {
          this.#typing(true); // staff's own typing comes back too: it says nothing new here
        }
        break;
      case 'joined':
        this.#log.system(this.#t('supervisor-joined'));
        break;
      case 'ended':
        this.#endedBy(frame.by);
        break;
      case 'error':
        this.#refused(frame);
        break;
      default:
        break;
    }
    return false;
  }

  #write(text) {
    const clientId = crypto.randomUUID();
    this.#log.addPending(clientId, text, this.#writesAs);
    this.#send({ type: 'message', conversationId: this.#id, clientId, text });
  }

  #note(event) {
    event.preventDefault();
    const box = event.target.querySelector('textarea');
    if (box.value.trim()) {
      this.#send({ type: 'note', conversationId: this.#id, text: box.value.trim() });
      box.value = '';
    }
  }

  #tagTopics(event) {
    event.preventDefault();
    const topics = new FormData(event.target).getAll('topic');
    this.#send({ type: 'end', conversationId: this.#id, topics });
    this.#tagged = true;
    if (this.#over) {
      this.#wrappedUp(); // the young person had ended it: these topics were the wrap-up
    }
  }

  #endedBy(by) {
    this.#typing(false);
    if (this.#over) {
      return;
    }
    this.#over = true;
    this.#log.system(this.#t(`ended-by-${by}`));
    this.#composer.enabled = false;
    this.#part('.more-actions').hidden = true;
    this.#part('.close-panel').hidden = false;
    if (this.#tagged) {
      this.#wrappedUp();
    } else {
      const button = this.#part('.end-button');
      button.textContent = button.dataset.ended;
    }
  }

  #wrappedUp() {
    this.#part('.end-form fieldset').disabled = true;
    this.#part('.end-button').hidden = true;
    this.#part('.end-status').textContent = this.#t('topics-saved');
  }

  #refused({ code, clientId }) {
    const reason = this.#t(`error-${code}`);
    if (clientId) {
      this.#log.fail(clientId, reason);
      this.#composer.showError(reason);
    } else {
      this.#part('.panel-alert').textContent = reason;
    }
  }

  #typing(shown) {
    clearTimeout(this.#typingTimer);
    this.#part('.typing').hidden = !shown;
    if (shown) {
      this.#typingTimer = setTimeout(() => this.#typing(false), TYPING_SHOWN_MS);
    }
  }

  #offerCanned(canned) {
    const select = this.#part('.canned');
    const groups = Map.groupBy(canned, (phrase) => phrase.category);
    for (const [category, phrases] of groups) {
      const group = document.createElement('optgroup');
      group.label = this.#t(`canned-${category}`);
      group.append(...phrases.map((phrase) => new Option(phrase.title, phrase.body)));
      select.append(group);
    }
    this.#part('.insert-canned').addEventListener('click', () => select.value && this.#composer.insert(select.value));
  }

  /** A form whose submission is a POST to /api/conversations/{id}/{path}, confirmed in the actions' status line. */
  #onPost(selector, path, body, confirmation) {
    this.#part(selector).addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const answer = await callApi(this.#session, `/api/conversations/${this.#id}/${path}`,
          body(new FormData(event.target)));
        event.target.reset();
        this.#actionDone(confirmation(answer));
      } catch {
        this.#actionDone(this.#t('something-went-wrong'));
      }
    });
  }

  #actionDone(text) {
    this.#part('.action-status').textContent = text;
  }

  #dateTime(instant) {
    return new Date(instant).toLocaleString(document.documentElement.lang,
      { dateStyle: 'medium', timeStyle: 'short' });
  }

  #part(selector) {
    return this.#element.querySelector(selector);
  }
}
