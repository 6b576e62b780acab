/** Small DOM helpers. Text from the API or from people is only ever set as textContent, never parsed as HTML. */

export const $ = (id) => document.getElementById(id);

/** An element with attributes and either text (as textContent) or child elements. */
export function el(tag, attributes = {}, content = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  if (typeof content === 'string') {
    element.textContent = content;
  } else {
    element.append(...content);
  }
  return element;
}

/** A copy of what a <template> holds; the page renders its fixed texts in the reader's language. */
export function fromTemplate(id) {
  return $(id).content.firstElementChild.cloneNode(true);
}

/** Sets the text of each element the selectors find in the root. */
export function fill(root, texts) {
  for (const [selector, text] of Object.entries(texts)) {
    root.querySelector(selector).textContent = text;
  }
}
