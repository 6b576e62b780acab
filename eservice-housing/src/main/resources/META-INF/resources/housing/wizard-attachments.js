import { $, connect, load, status } from './page.js';
import { attachments } from './attachments.js';

/** Step 9: attachments, removable while the application is a draft; a power of attorney is asked for. */
const api = await connect('resident');
if (api) {
  const id = $('app').dataset.application;
  const files = attachments(api, id, { removable: true, onChange: refresh });
  await refresh();
  $('app').hidden = false;
  status('');

  async function refresh() {
    const application = await load(api, `/api/applications/${id}`);
    $('power-of-attorney').hidden = application.answers?.who?.representation !== 'POWER_OF_ATTORNEY';
    files.show(application.attachments);
  }
}
