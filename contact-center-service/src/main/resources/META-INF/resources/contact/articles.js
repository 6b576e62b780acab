import { shortDateTime } from './dates.js';
import { $, el } from './dom.js';
import { clearErrors, onSubmit, say } from './forms.js';
import { editRelated } from './related.js';
import { failureText } from './staff.js';
import { label, t } from './texts.js';

const FIELDS = ['category', 'audience', 'titleSv', 'bodySv', 'titleEn', 'bodyEn'];

/**
 * The knowledge base's articles for communicators: list, write (Swedish, English if wanted), relate to others,
 * publish, unpublish.
 */
export function editArticles(api) {
  $('articles').hidden = false;
  const form = $('article-form');
  const heading = $('article-form-heading');
  const publication = $('publication');
  const related = editRelated(api);
  let editing = null;

  const load = async () => {
    const articles = await api.get('/api/faq-editing/articles');
    related.update(articles);
    $('article-rows').replaceChildren(...articles.map((article) => {
      const title = el('button', { type: 'button', class: 'link' }, article.titleSv);
      title.addEventListener('click', () => edit(article));
      return el('tr', {}, [
        el('th', { scope: 'row' }, [title]),
        el('td', {}, label('category', article.category)),
        el('td', {}, label('audience', article.audience)),
        el('td', {}, label('article', article.status)),
        el('td', {}, shortDateTime(article.updatedAt)),
      ]);
    }));
  };

  const showPublication = () => {
    publication.hidden = !editing;
    publication.textContent = t(editing?.status === 'PUBLISHED' ? 'unpublish' : 'publish');
  };

  function edit(article) {
    editing = article;
    form.reset();
    if (article) {
      FIELDS.forEach((name) => {
        form.elements.namedItem(name).value = article[name] ?? '';
      });
    }
    heading.textContent = article ? heading.dataset.edit : heading.dataset.new;
    showPublication();
    clearErrors(form);
    related.show(article);
    heading.focus();
  }

  /** After a save or a (un)publication: the message says what residents now see. */
  const saved = (article, message) => {
    if (!editing) {
      related.show(article);
    }
    editing = article;
    showPublication();
    say(form, t(message));
    load();
  };

  onSubmit(form, {
    // English is optional, but a title and a body come together.
    check: ({ titleEn, bodyEn }) => (Boolean(titleEn) === Boolean(bodyEn) ? [] : [titleEn ? 'bodyEn' : 'titleEn']),
    send: (values) => (editing ? api.put(`/api/faq-editing/articles/${editing.id}`, values)
      : api.post('/api/faq-editing/articles', values)),
    done: (article) => saved(article, article.status === 'PUBLISHED' ? 'published-article-saved' : 'article-saved'),
    explain: failureText,
    aliases: { englishWhole: 'titleEn' },
  });
  publication.addEventListener('click', async () => {
    try {
      const changed = await api.post(`/api/faq-editing/articles/${editing.id}/publication`,
        { published: editing.status !== 'PUBLISHED' });
      saved(changed, changed.status === 'PUBLISHED' ? 'article-published' : 'article-unpublished');
    } catch (failure) {
      say(form, failureText(failure));
    }
  });
  $('new-article').addEventListener('click', () => edit(null));
  load();
}
