/** Times as people in the municipality read them: in its time zone (the server's, on <body data-zone>). */
const zone = document.body.dataset.zone;
const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
const short = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: zone });

export const dateTime = (iso) => (iso ? long.format(new Date(iso)) : '–');

export const shortDateTime = (iso) => (iso ? short.format(new Date(iso)) : '–');

/**
 * A deadline as people read it. One that ends at midnight is the whole of the day before ("måndag 7 december
 * 2026"), never "8 december kl. 00:00"; any other keeps its time of day.
 */
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: zone });
const MINUTE = 60 * 1000;
export function deadline(iso) {
  if (!iso) {
    return '–';
  }
  const end = new Date(iso);
  return clock.format(end) === '00:00' ? day.format(new Date(end.getTime() - MINUTE)) : long.format(end);
}
