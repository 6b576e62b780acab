import { editArticles } from './articles.js';
import { editCrisisMessages } from './crisis-editor.js';
import { openStaffPage } from './staff.js';

/**
 * The editorial desk (templates/StaffPages/editor.html): communicators write the knowledge base; communicators and
 * managers publish and withdraw crisis messages.
 */
const api = await openStaffPage();

if (api) {
  if (api.roles.includes('communicator')) {
    editArticles(api);
  }
  editCrisisMessages(api);
}
