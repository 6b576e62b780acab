/** The blocks in force, for supervisors: what each covers, until when, why and by whom, and a way to lift it. */
const $ = (id) => document.getElementById(id);

export class BlocksView {
  #t;
  #session;
  #dateTime;

  constructor(t, session) {
    this.#t = t;
    this.#session = session;
    this.#dateTime = new Intl.DateTimeFormat(document.documentElement.lang,
      { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    $('refresh-blocks').addEventListener('click', () => this.refresh());
  }

  async show() {
    $('blocks').hidden = false;
    await this.refresh();
  }

  async refresh() {
    const response = await this.#session.authorizedFetch('/api/blocks', {});
    if (!response.ok) {
      $('blocks-status').textContent = this.#t('something-went-wrong');
      return;
    }
    const blocks = await response.json();
    $('no-blocks').hidden = blocks.length > 0;
    $('block-list').replaceChildren(...blocks.map((block) => this.#item(block)));
  }

  #item({ id, kind, blockedUntil, blockedBy, reason }) {
    const item = document.createElement('li');
    const what = document.createElement('p');
    what.textContent = `${this.#t(`block-kind-${kind}`)} – ${this.#t('block-lasts-until')} `
      + `${this.#dateTime.format(new Date(blockedUntil))} (${blockedBy}): ${reason}`;
    const lift = document.createElement('button');
    lift.type = 'button';
    lift.className = 'secondary';
    lift.textContent = this.#t('lift-block');
    lift.addEventListener('click', async () => {
      const response = await this.#session.authorizedFetch(`/api/blocks/${id}`, { method: 'DELETE' });
      $('blocks-status').textContent = this.#t(response.ok ? 'block-lifted' : 'something-went-wrong');
      await this.refresh();
    });
    item.append(what, lift);
    return item;
  }
}
