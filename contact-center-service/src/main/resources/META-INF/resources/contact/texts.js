/**
 * The texts the staff scripts show, rendered by the server in the reader's language as data-* attributes of #texts
 * (templates/staff-texts.html). Keys are case-insensitive, as attribute names are.
 */
const holder = document.getElementById('texts');

export const t = (key) => holder.getAttribute(`data-${key.toLowerCase()}`) ?? '';

/** The label of a code the API answers with, e.g. label('unit', 'ADULTS'); the code itself if it has none. */
export const label = (kind, code) => (code ? t(`${kind}-${code}`) || code : '–');

/** How many hits a search found, in words: none, one or '# hits'. */
export const hitCount = (count) => (count < 2 ? t(count === 0 ? 'no-hits' : 'one-hit')
  : t('hits').replace('#', String(count)));
