// Requests asked one after another may be answered out of order. latestRequests() gives a function to call when a
// request is asked; it returns a check of whether that request is still the latest one asked for, so that an answer
// that arrives after a later request was asked is dropped instead of shown under the later choice.
export function latestRequests() {
  let asked = 0;
  return function ask() {
    const mine = ++asked;
    return () => mine === asked;
  };
}
