import { $, fromTemplate } from './dom.js';
import { searchAsYouType } from './search.js';
import { hitCount, t } from './texts.js';

/**
 * The knowledge base beside an open contact (the agent console's side panel): public and internal answers (marked)
 * as the agent types; an answer can be read in full and put into the open case's answer with `insert`.
 */
export function knowledgeSearch(api, insert) {
  const status = $('knowledge-count');
  let hitsFound = '';
  document.addEventListener('case-opened', () => {
    status.textContent = hitsFound;
  });

  function hitItem(hit, index) {
    const item = fromTemplate('knowledge-hit-template');
    const title = item.querySelector('.hit-title');
    title.id = `knowledge-hit-${index}`;
    title.textContent = hit.title;
    item.classList.toggle('internal', hit.internal);
    item.querySelector('.badges').hidden = !hit.internal;
    item.querySelector('.excerpt').textContent = hit.excerpt;
    const body = item.querySelector('.article-body');
    body.id = `${title.id}-body`;
    const show = item.querySelector('.show');
    const put = item.querySelector('.insert');
    show.setAttribute('aria-controls', body.id);
    [show, put].forEach((button) => button.setAttribute('aria-describedby', title.id));
    let whole;
    const wholeText = async () => {
      whole ??= api.get(`/api/knowledge/${hit.id}`).then((article) => article.body);
      return whole;
    };
    show.addEventListener('click', async () => {
      const open = show.getAttribute('aria-expanded') === 'true';
      body.textContent = open ? '' : await wholeText();
      body.hidden = open;
      show.setAttribute('aria-expanded', String(!open));
    });
    put.addEventListener('click', async () => {
      status.textContent = insert(await wholeText()) ? t('inserted') : t('no-open-case');
    });
    return item;
  }

  searchAsYouType({
    input: $('knowledge-q'),
    find: (query, signal) => (query ? api.get(`/api/knowledge?q=${encodeURIComponent(query)}`, { signal })
      : Promise.resolve(null)),
    show(hits) {
      $('knowledge-hits').replaceChildren(...(hits ?? []).map(hitItem));
      hitsFound = hits ? hitCount(hits.length) : '';
      status.textContent = hitsFound;
    },
    fail() {
      status.textContent = t('failed');
    },
  });
}
