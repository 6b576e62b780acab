/** The address of a WebSocket path on this server, encrypted when the page is. */
export function socketUrl(path) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/**
 * A JSON WebSocket that comes back after a network drop: it opens again with growing pauses until it is closed on
 * purpose, or refused for good with one of the final close codes (the youth chat's 1008: blocked, or no such
 * conversation).
 */
export class ReconnectingSocket {
  #url;
  #protocols;
  #handlers;
  #finalCodes;
  #socket = null;
  #attempt = 0;
  #timer = 0;
  #closed = false;

  /**
   * @param url the ws(s):// address
   * @param protocols async function giving the subprotocols for each (re)connection, e.g. with a fresh token
   * @param handlers onOpen(), onFrame(frame), onDown() while reconnecting, onFinal(closeEvent)
   */
  constructor({ url, protocols = async () => [], finalCodes = [], ...handlers }) {
    this.#url = url;
    this.#protocols = protocols;
    this.#finalCodes = finalCodes;
    this.#handlers = handlers;
    this.#open();
  }

  /** Sends a frame if the connection is open; returns whether it could. */
  send(frame) {
    if (this.#socket?.readyState !== WebSocket.OPEN) {
      return false;
    }
    this.#socket.send(JSON.stringify(frame));
    return true;
  }

  close() {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#socket?.close(1000);
  }

  /**
   * Opens a second connection (with fresh subprotocols, e.g. a renewed token) and drops the first once the second
   * is open, so the server never sees the user gone in between.
   */
  renew() {
    if (!this.#closed && this.#socket?.readyState === WebSocket.OPEN) {
      this.#open();
    }
  }

  async #open() {
    let socket;
    try {
      const protocols = await this.#protocols();
      if (this.#closed) {
        return;
      }
      socket = new WebSocket(this.#url, protocols);
    } catch {
      if (!this.#socket) {
        this.#retry(); // a renewal that failed leaves the current connection to go on
      }
      return;
    }
    socket.onmessage = (event) => this.#handlers.onFrame(JSON.parse(event.data));
    socket.onopen = () => {
      const previous = this.#socket;
      this.#socket = socket;
      this.#attempt = 0;
      if (previous && previous !== socket) {
        previous.onclose = null;
        previous.close(1000);
      }
      this.#handlers.onOpen?.();
    };
    socket.onclose = (event) => {
      if (this.#closed || (this.#socket && this.#socket !== socket)) {
        return; // closed on purpose, or a renewal that failed while the current connection still works
      }
      this.#socket = null;
      if (this.#finalCodes.includes(event.code)) {
        this.#handlers.onFinal?.(event);
        return;
      }
      this.#handlers.onDown?.();
      this.#retry();
    };
    if (!this.#socket) {
      this.#socket = socket;
    }
  }

  #retry() {
    // 1, 2, 4, 8 then 15 seconds, spread a little so many pages do not return at the same instant.
    const pause = Math.min(1000 * 2 ** this.#attempt, 15000) * (0.8 + Math.random() * 0.4);
    this.#attempt += 1;
    this.#timer = setTimeout(() => this.#open(), pause);
  }
}
