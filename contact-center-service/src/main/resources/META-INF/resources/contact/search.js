const PAUSE_MS = 200;

/**
 * Searches as the reader types: after a short pause in typing, or at once when another of the search's fields
 * changes. An answer still on its way is cancelled by a newer question, so only the newest answer is shown.
 * Answers the function that searches now (for a form's submit button).
 */
export function searchAsYouType({ input, others = [], find, show, fail }) {
  let pause;
  let underWay;
  const now = async () => {
    clearTimeout(pause);
    underWay?.abort();
    const controller = new AbortController();
    underWay = controller;
    const query = input.value.trim();
    try {
      const found = await find(query, controller.signal);
      if (!controller.signal.aborted) {
        show(found, query);
      }
    } catch (failure) {
      if (!controller.signal.aborted) {
        fail(failure);
      }
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(now, PAUSE_MS);
  });
  others.forEach((field) => field.addEventListener('change', now));
  return now;
}
