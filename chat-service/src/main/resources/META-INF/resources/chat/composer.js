const TYPING_EVERY_MS = 2000;

/**
 * A message box: counts the characters left, sends on Enter (Shift+Enter starts a new line) and tells the other side
 * at most every two seconds that the writer is typing.
 */
export class Composer {
  #form;
  #textarea;
  #count;
  #error;
  #lastTyping = -Infinity;

  /** @param handlers onSend(text), onTyping(); emptyText is shown when Send is pressed on an empty box */
  constructor(form, { onSend, onTyping, emptyText }) {
    this.#form = form;
    this.#textarea = form.querySelector('textarea');
    this.#count = form.querySelector('.characters-left-count');
    this.#error = form.querySelector('.composer-error');
    this.#textarea.addEventListener('input', () => {
      this.#update();
      this.#error.textContent = '';
      if (this.#textarea.value && performance.now() - this.#lastTyping >= TYPING_EVERY_MS) {
        this.#lastTyping = performance.now();
        onTyping();
      }
    });
    this.#textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.#textarea.value.trim();
      if (!text) {
        this.showError(emptyText);
        return;
      }
      onSend(text);
      this.#textarea.value = '';
      this.#lastTyping = -Infinity;
      this.#update();
    });
    this.#update();
  }

  showError(text) {
    this.#error.textContent = text;
  }

  /** Puts text at the cursor; a placeholder in braces, e.g. {namn}, is selected so typing replaces it. */
  insert(text) {
    const box = this.#textarea;
    const at = box.selectionStart;
    box.setRangeText(text, at, box.selectionEnd, 'end');
    box.focus();
    const placeholder = /\{[^}]+\}/.exec(text);
    if (placeholder) {
      box.setSelectionRange(at + placeholder.index, at + placeholder.index + placeholder[0].length);
    }
    this.#update();
  }

  set enabled(enabled) {
    this.#form.hidden = !enabled;
  }

  #update() {
    this.#count.textContent = String(this.#textarea.maxLength - this.#textarea.value.length);
  }
}
