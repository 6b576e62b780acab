import { $, el } from './dom.js';
import { failureText } from './staff.js';
import { hitCount, t } from './texts.js';

const MAX_CANDIDATES = 10;

/**
 * The articles related to the one being edited (templates/StaffPages/editor.html, #related): found by title among
 * the knowledge base's articles, added and removed one at a time, each change saved at once.
 */
export function editRelated(api) {
  const section = $('related');
  const search = $('related-search');
  const status = $('related-status');
  let article = null;
  let articles = [];
  let related = [];

  const titleOf = (id) => articles.find((a) => a.id === id)?.titleSv ?? id;

  /** A line with the article's title and a button described by it, so that it says which article it acts on. */
  const line = (id, action, change) => {
    const title = el('span', { id: `${action}-${id}` }, titleOf(id));
    const button = el('button', { type: 'button', class: 'secondary small', 'aria-describedby': title.id }, t(action));
    button.addEventListener('click', () => change(id));
    return el('li', {}, [title, button]);
  };

  const save = async (ids) => {
    try {
      await api.put(`/api/faq-editing/articles/${article.id}/related`, { articles: ids });
      related = ids;
      status.textContent = t('related-saved');
      render();
    } catch (failure) {
      status.textContent = failureText(failure);
    }
  };
  const add = (id) => save([...related, id]);
  const remove = (id) => save(related.filter((other) => other !== id));

  function render() {
    $('related-list').replaceChildren(...related.map((id) => line(id, 'remove-related', remove)));
    $('no-related').hidden = related.length > 0;
    const query = search.value.trim().toLocaleLowerCase();
    const found = query ? articles.filter((a) => a.id !== article.id && !related.includes(a.id)
      && [a.titleSv, a.titleEn].some((title) => title?.toLocaleLowerCase().includes(query))) : [];
    $('related-candidates').replaceChildren(...found.slice(0, MAX_CANDIDATES)
      .map((a) => line(a.id, 'add-related', add)));
    $('related-count').textContent = query ? hitCount(found.length) : '';
  }

  search.addEventListener('input', () => render());

  return {
    /** Shows the related articles of the article now edited; none for an article not saved yet. */
    async show(edited) {
      article = edited;
      section.hidden = !edited;
      search.value = '';
      status.textContent = '';
      if (edited) {
        related = [];
        render();
        try {
          related = (await api.get(`/api/faq-editing/articles/${edited.id}/related`)).articles;
          render();
        } catch (failure) {
          status.textContent = failureText(failure);
        }
      }
    },
    /** The knowledge base's articles as now listed, to search and to name the related ones by. */
    update(all) {
      articles = all;
      if (article) {
        render();
      }
    },
  };
}
