/** Times as people in the municipality read them: in its time zone (the server's, on <body data-zone>). */
const zone = document.body.dataset.zone;
const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
const short = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: zone });

export const dateTime = (iso) => (iso ? long.format(new Date(iso)) : '–');

export const shortDateTime = (iso) => (iso ? short.format(new Date(iso)) : '–');
