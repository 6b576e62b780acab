/**
 * The texts a page's script shows, rendered by the server in the reader's language as <data value="key">text</data>
 * inside a <template>, so no text lives in the scripts.
 */
export function readTexts(template) {
  const texts = new Map([...template.content.querySelectorAll('data')].map((d) => [d.value, d.textContent]));
  return (key, fallbackKey = 'something-went-wrong') => texts.get(key) ?? texts.get(fallbackKey) ?? '';
}
