import { callJson } from './api.js';
import { $, fromTemplate } from './dom.js';
import { searchAsYouType } from './search.js';

/**
 * The FAQ (templates/FaqPages/faq.html) answers as the reader types, through /api/faq. The page works without this
 * script too: the search form then asks the server for the same list.
 */
const form = $('faq-search');
const input = $('q');
const category = $('faq-category');
const count = $('hit-count');
const heading = $('hits-heading');
const lang = document.documentElement.lang;

function categoryLabel(code) {
  return [...category.options].find((option) => option.value === code)?.textContent ?? '';
}

function hitItem(hit) {
  const item = fromTemplate('hit-template');
  const link = item.querySelector('a');
  link.href = `/faq/${hit.id}${lang === 'en' ? '?lang=en' : ''}`;
  link.textContent = hit.title;
  item.querySelector('.hit-category').textContent = categoryLabel(hit.category);
  const excerpt = item.querySelector('.excerpt');
  excerpt.textContent = hit.excerpt;
  if (hit.lang !== lang) {
    item.querySelector('.hit-title').lang = hit.lang;
    excerpt.lang = hit.lang;
  }
  return item;
}

function countText(hits, query) {
  if (!query) {
    return '';
  }
  if (hits.length < 2) {
    return hits.length === 0 ? count.dataset.none : count.dataset.one;
  }
  return count.dataset.many.replace('#', String(hits.length));
}

function parameters(query) {
  const params = new URLSearchParams();
  if (lang === 'en') {
    params.set('lang', 'en');
  }
  if (query) {
    params.set('q', query);
  }
  if (category.value) {
    params.set('category', category.value);
  }
  return params;
}

const searchNow = searchAsYouType({
  input,
  others: [category],
  find: (query, signal) => callJson(fetch, 'GET', `/api/faq?${parameters(query)}`, { signal }),
  show(hits, query) {
    heading.textContent = query ? heading.dataset.results : heading.dataset.latest;
    $('faq-hits').replaceChildren(...hits.map(hitItem));
    count.textContent = countText(hits, query);
    // The address follows the search, so that it can be shared and the back button returns to it.
    const search = parameters(query).toString();
    history.replaceState(null, '', search ? `/faq?${search}` : '/faq');
  },
  fail() {
    count.textContent = count.dataset.failed;
  },
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow();
});
