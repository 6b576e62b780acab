import { dateTime } from './dates.js';
import { $, fill, fromTemplate } from './dom.js';
import { onSubmit, say } from './forms.js';
import { failureText } from './staff.js';
import { t } from './texts.js';

/** Crisis messages for communicators and managers: publish one for a period (a month at most), withdraw it. */
export function editCrisisMessages(api) {
  $('crisis').hidden = false;
  const form = $('crisis-form');

  const load = async () => {
    const messages = await api.get('/api/crisis-messages');
    $('crisis-list').replaceChildren(...messages.map((message) => {
      const item = fromTemplate('crisis-template');
      fill(item, {
        '.crisis-text': message.textSv,
        '.crisis-text-en': message.textEn ?? '',
        '.period': `${dateTime(message.validFrom)} – ${dateTime(message.validUntil)}`,
      });
      item.querySelector('.crisis-text-en').hidden = !message.textEn;
      item.querySelector('.withdrawn').hidden = !message.withdrawnAt;
      const withdraw = item.querySelector('.withdraw');
      withdraw.hidden = Boolean(message.withdrawnAt) || new Date(message.validUntil) < new Date();
      item.querySelector('.crisis-text').id = `crisis-${message.id}`;
      withdraw.setAttribute('aria-describedby', `crisis-${message.id}`);
      withdraw.addEventListener('click', async () => {
        try {
          await api.post(`/api/crisis-messages/${message.id}/withdrawal`);
          load();
        } catch (failure) {
          say(form, failureText(failure));
        }
      });
      return item;
    }));
    $('no-crisis').hidden = messages.length > 0;
  };

  const instant = (local) => (local ? new Date(local).toISOString() : null);
  onSubmit(form, {
    send: ({ textSv, textEn, validFrom, validUntil }) => api.post('/api/crisis-messages',
      { textSv, textEn: textEn || null, validFrom: instant(validFrom), validUntil: instant(validUntil) }),
    done() {
      form.reset();
      say(form, t('crisis-published'));
      load();
    },
    explain: failureText,
  });
  load();
}
