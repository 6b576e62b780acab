import { Composer } from './composer.js';
import { MessageLog } from './message-log.js';
import { ReconnectingSocket, socketUrl } from './socket.js';

const TYPING_SHOWN_MS = 4000;
const $ = (id) => document.getElementById(id);

/**
 * The young person's side of one conversation (docs/chat-protocol.md): the queue, the messages, the end and "did this
 * help?". Nothing survives it in the browser but the tab's session storage, which it empties at the end.
 */
export class YouthConversation {
  #t;
  #onAlternatives;
  #socket;
  #log;
  #composer;
  #status = 'QUEUED';
  #welcomed = false;
  #typingTimer = 0;

  /**
   * @param conversation {id, token} as POST /api/conversations gave them
   * @param t the page's texts
   * @param onAlternatives(shown) shows or hides the alternatives for when nobody is there to answer
   */
  constructor(conversation, t, onAlternatives) {
    this.#t = t;
    this.#onAlternatives = onAlternatives;
    this.#log = new MessageLog($('messages'), t, ['YOUTH']);
    this.#composer = new Composer($('composer'), {
      emptyText: t('error-empty'),
      onSend: (text) => this.#write(text),
      onTyping: () => this.#status === 'ACTIVE' && this.#socket.send({ type: 'typing' }),
    });
    $('leave').addEventListener('click', () => this.#leave());
    for (const button of $('rating').querySelectorAll('button[data-helped]')) {
      button.addEventListener('click', () => this.#rate(button.dataset.helped === 'true'));
    }
    $('skip-rating').addEventListener('click', () => this.#erase());
    this.#show();
    this.#socket = new ReconnectingSocket({
      url: socketUrl(`/ws/chat/${encodeURIComponent(conversation.id)}`),
      finalCodes: [1008],
      onOpen: () => this.#socket.send({ type: 'hello', token: conversation.token, lastSeq: this.#log.highestSeq }),
      onFrame: (frame) => this.#receive(frame),
      onDown: () => {
        this.#welcomed = false;
        $('connection').textContent = t('reconnecting');
      },
      onFinal: (event) => this.#finish(t(event.reason === 'blocked' ? 'start-blocked' : 'conversation-gone')),
    });
  }

  /**
   * Quick exit: says "I left" (queued data goes out before the socket closes), so the counsellor knows at once and
   * the place is free. Should the frame not get out, the server ends the conversation once the young person has been
   * gone for a while (socialkontakt.chat.conversation.youth-gone-after).
   */
  disconnect() {
    this.#socket.send({ type: 'leave' });
    this.#socket.close();
  }

  #receive(frame) {
    switch (frame.type) {
      case 'welcome':
        this.#welcome(frame.status);
        break;
      case 'queue':
        $('queue-position').textContent = String(frame.position);
        $('queue-wait').textContent = frame.estimatedWaitMinutes == null ? '–'
          : `${frame.estimatedWaitMinutes} ${this.#t('minutes')}`;
        this.#onAlternatives(frame.counsellorsOnline === 0);
        break;
      case 'started':
        this.#setStatus('ACTIVE');
        this.#log.system(this.#t('started'));
        break;
      case 'joined':
        this.#log.system(this.#t('supervisor-joined'));
        break;
      case 'message':
        if (this.#log.show(frame) && frame.from !== 'YOUTH') {
          this.#typing(false);
        }
        break;
      case 'ack':
        this.#log.ack(frame.clientId, frame.seq);
        break;
      case 'typing':
        this.#typing(frame.from !== 'YOUTH');
        break;
      case 'error':
        this.#refused(frame);
        break;
      case 'ended':
        this.#ended(frame.by);
        break;
      default:
        break; // a frame a newer server sends that this page does not know
    }
  }

  #welcome(status) {
    this.#welcomed = true;
    $('connection').textContent = '';
    this.#setStatus(status);
    // Sent again after every reconnect with the same client ids: the server stores each once.
    for (const { clientId, text } of this.#log.pending()) {
      this.#socket.send({ type: 'message', clientId, text });
    }
  }

  #write(text) {
    const clientId = crypto.randomUUID();
    this.#log.addPending(clientId, text, 'YOUTH');
    if (this.#welcomed) {
      this.#socket.send({ type: 'message', clientId, text });
    }
  }

  #refused({ code, clientId }) {
    const reason = this.#t(`error-${code}`);
    if (clientId) {
      this.#log.fail(clientId, reason);
    }
    this.#composer.showError(reason);
  }

  #typing(shown) {
    clearTimeout(this.#typingTimer);
    $('typing').hidden = !shown;
    if (shown) {
      this.#typingTimer = setTimeout(() => this.#typing(false), TYPING_SHOWN_MS);
    }
  }

  #setStatus(status) {
    this.#status = status;
    const queued = status === 'QUEUED';
    $('queue').hidden = !queued;
    if (!queued) {
      this.#onAlternatives(false);
    }
    $('leave').textContent = queued ? $('leave').dataset.queued : $('leave').dataset.active;
  }

  #leave() {
    if (!this.#socket.send({ type: 'leave' })) {
      this.#erase(); // offline: the server lets an unanswered request go by itself
    }
  }

  #ended(by) {
    this.#typing(false);
    if (this.#status === 'QUEUED' || this.#status === 'ABANDONED') {
      this.#finish(this.#t(by === 'YOUTH' ? 'left-queue' : 'ended-by-SYSTEM'));
      return;
    }
    this.#status = 'ENDED';
    this.#composer.enabled = false;
    $('leave').hidden = true;
    $('ended-by').textContent = this.#t(`ended-by-${by}`);
    $('rating').hidden = false;
    $('after').hidden = false;
    $('after-heading').focus();
  }

  #rate(helped) {
    this.#socket.send({ type: 'rating', helped });
    $('thanks').hidden = false;
    this.#erase();
  }

  /** The end that needs no answer: a left queue, a block, a conversation that is gone. */
  #finish(reason) {
    $('ended-by').textContent = reason;
    $('after').hidden = false;
    this.#erase();
    $('after-heading').focus();
  }

  /** Nothing readable stays on the device: the socket, the key and the messages go. */
  #erase() {
    this.#socket.close();
    sessionStorage.clear();
    this.#log.clear();
    $('conversation').hidden = true;
    $('rating').hidden = true;
    $('erased').hidden = false;
    $('new-chat').hidden = false;
  }

  #show() {
    $('before').hidden = true;
    $('start').hidden = true;
    $('conversation').hidden = false;
    $('conversation-heading').focus();
  }
}
