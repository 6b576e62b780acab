/** Ways for a young person not to be seen using the chat: a quick way out, and a tab title that says nothing. */

const NEUTRAL_TITLE = 'socialkontakt.chat.neutral-title';

/**
 * "Leave quickly" (the link, or Esc twice within a second) forgets everything this site keeps in the browser and
 * replaces the page, so Back does not lead to the chat. Without the script the link still leads away.
 */
export function offerQuickExit(link, beforeLeaving) {
  const leave = () => {
    beforeLeaving();
    sessionStorage.clear();
    localStorage.clear();
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let lastEscape = -Infinity;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    if (event.timeStamp - lastEscape < 1000) {
      leave();
    }
    lastEscape = event.timeStamp;
  });
}

/** A checkbox that swaps the tab's title for a neutral one, for this tab's session. */
export function offerNeutralTitle(checkbox, neutralTitle) {
  const ownTitle = document.title;
  const apply = () => {
    document.title = checkbox.checked ? neutralTitle : ownTitle;
  };
  checkbox.checked = sessionStorage.getItem(NEUTRAL_TITLE) === 'on';
  apply();
  checkbox.addEventListener('change', () => {
    if (checkbox.checked) {
      sessionStorage.setItem(NEUTRAL_TITLE, 'on');
    } else {
      sessionStorage.removeItem(NEUTRAL_TITLE);
    }
    apply();
  });
}
