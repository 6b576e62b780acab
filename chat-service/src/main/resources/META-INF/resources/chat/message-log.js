/**
 * A conversation as the reader sees it: messages in the order of their sequence numbers, each shown once however
 * often the server replays it, the reader's own marked as pending until the server has stored them. What anyone
 * writes is only ever set as textContent, never parsed as HTML.
 */
export class MessageLog {
  #list;
  #t;
  #lang;
  #bySeq = new Map();
  #pending = new Map();
  #notes = new Set();
  #own;
  #highestSeq = 0;

  /**
   * @param t the page's texts: labels "from-YOUTH" …, "sending", "not-sent"
   * @param own the senders this page writes as, whose messages are marked as the reader's own
   */
  constructor(list, t, own) {
    this.#list = list;
    this.#t = t;
    this.#own = own;
    this.#lang = document.documentElement.lang;
  }

  /** The highest sequence number shown, for the hello or resume after a reconnect. */
  get highestSeq() {
    return this.#highestSeq;
  }

  /** A message frame from the server; returns whether it was new. */
  show({ seq, clientId, from, text, sentAt }) {
    if (this.#bySeq.has(seq)) {
      return false;
    }
    const pending = clientId ? this.#pending.get(clientId) : undefined;
    this.#confirm(pending ?? this.#message(from, text, sentAt), seq, clientId);
    return true;
  }

  /** The reader's own message, shown at once and marked pending until acknowledged. */
  addPending(clientId, text, from) {
    const item = this.#message(from, text);
    item.classList.add('pending');
    item.querySelector('.state').textContent = this.#t('sending');
    this.#pending.set(clientId, item);
    this.#list.append(item);
  }

  /** The server stored the message with this client id. */
  ack(clientId, seq) {
    const item = this.#pending.get(clientId);
    if (item) {
      this.#confirm(item, seq, clientId);
    }
  }

  /** The server refused the message with this client id: it stays visible, marked as not sent. */
  fail(clientId, reason) {
    const item = this.#pending.get(clientId);
    if (item) {
      this.#pending.delete(clientId);
      item.classList.replace('pending', 'failed');
      item.querySelector('.state').textContent = `${this.#t('not-sent')} ${reason}`;
    }
  }

  /** The reader's messages not yet acknowledged, oldest first: sent again, same client id, after a reconnect. */
  pending() {
    return [...this.#pending].map(([clientId, item]) => ({ clientId, text: item.querySelector('.text').textContent }));
  }

  /** A line from the page itself (not stored on the server), e.g. that a counsellor has answered. */
  system(text) {
    const item = document.createElement('li');
    item.className = 'system';
    item.textContent = text;
    this.#list.append(item);
  }

  /** An internal note (console only), placed by time among the messages; a replayed note is shown once. */
  note({ author, text, sentAt }, label) {
    const key = `${author}|${sentAt}|${text}`;
    if (this.#notes.has(key)) {
      return;
    }
    this.#notes.add(key);
    const item = this.#item('note', `${label} · ${author}`, text, sentAt);
    const at = Date.parse(sentAt);
    this.#insert(item, (other) => other.dataset.at && Number(other.dataset.at) > at);
  }

  /** Removes everything, so nothing readable stays on the device. */
  clear() {
    this.#list.replaceChildren();
    this.#bySeq.clear();
    this.#pending.clear();
    this.#notes.clear();
    this.#highestSeq = 0;
  }

  #confirm(item, seq, clientId) {
    this.#pending.delete(clientId);
    item.classList.remove('pending');
    item.querySelector('.state').textContent = '';
    item.dataset.seq = seq;
    this.#bySeq.set(seq, item);
    this.#highestSeq = Math.max(this.#highestSeq, seq);
    this.#insert(item, (other) => other.dataset.seq && Number(other.dataset.seq) > seq);
  }

  /**
   * Puts the item before the first one that comes after it (pending messages always stay last). An item already in
   * its place is not moved, so the live region does not announce it again.
   */
  #insert(item, comesAfter) {
    const next = [...this.#list.children]
      .find((other) => other !== item && (other.classList.contains('pending') || comesAfter(other))) ?? null;
    if (!item.isConnected || item.nextElementSibling !== next) {
      this.#list.insertBefore(item, next);
    }
  }

  #message(from, text, sentAt) {
    const item = this.#item(`message from-${from.toLowerCase()}`, this.#t(`from-${from}`), text, sentAt);
    item.classList.toggle('own', this.#own.includes(from));
    return item;
  }

  #item(className, author, text, sentAt) {
    const item = document.createElement('li');
    item.className = className;
    const at = sentAt ? new Date(sentAt) : new Date();
    item.dataset.at = at.getTime();
    const meta = document.createElement('p');
    meta.className = 'meta';
    const who = document.createElement('span');
    who.className = 'author';
    who.textContent = author;
    const time = document.createElement('time');
    time.dateTime = at.toISOString();
    time.textContent = at.toLocaleTimeString(this.#lang, { hour: '2-digit', minute: '2-digit' });
    const state = document.createElement('span');
    state.className = 'state';
    meta.append(who, ' ', time, ' ', state);
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = text;
    item.append(meta, body);
    return item;
  }
}
