import { $, element, t } from './page.js';
import { clearErrors, showFieldError } from './form.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ERRORS = { 413: 'file-too-large', 415: 'file-wrong-type', 409: 'file-too-many' };

/**
 * The resident's attachments of one application (tags/upload.html): the list, uploading (raw body, the name in
 * X-File-Name) and, while a draft, removing.
 */
export function attachments(api, applicationId, { removable, onChange = () => {} }) {
  const base = `/api/applications/${applicationId}/attachments`;
  const form = $('upload-form');
  const input = $('f-file');

  function show(files) {
    $('no-attachments').hidden = files.length > 0;
    $('attachment-list').replaceChildren(...files.map((file) => {
      const item = element('li');
      const name = element('button', file.fileName, 'link-button');
      name.type = 'button';
      name.addEventListener('click', () => api.download(`${base}/${file.id}`, file.fileName));
      item.append(name);
      if (removable) {
        const remove = element('button', t('remove'), 'secondary');
        remove.type = 'button';
        remove.append(element('span', `: ${file.fileName}`, 'visually-hidden'));
        remove.addEventListener('click', async () => {
          if ((await api.call('DELETE', `${base}/${file.id}`)).ok) {
            $('upload-status').textContent = t('removed');
            await onChange();
          }
        });
        item.append(' ', remove);
      }
      return item;
    }));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files[0];
    if (!file) {
      showFieldError(form, 'group-file', t('file-missing'));
      return;
    }
    if (file.size > MAX_BYTES) {
      showFieldError(form, 'group-file', t('file-too-large'));
      return;
    }
    $('upload-status').textContent = t('uploading');
    const answer = await api.call('POST', base, {
      body: file,
      headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    });
    if (!answer.ok) {
      $('upload-status').textContent = '';
      showFieldError(form, 'group-file', t(ERRORS[answer.status] ?? 'something-went-wrong'));
      return;
    }
    clearErrors(form);
    form.reset();
    $('upload-status').textContent = t('uploaded');
    await onChange();
  });

  return { show };
}
