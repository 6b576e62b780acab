/**
 * Wraps a fetch for the POSTs that create (a case, an application, a conversation; docs/decisions.md, issue #13):
 * each call is one submission attempt with a fresh Idempotency-Key, sent once more with the same key when the
 * network failed (fetch's TypeError), because the first may have arrived and the key lets the server answer with
 * what it created instead of creating it twice. An HTTP answer, even a 5xx, is returned as it is, never resent here.
 */
export function createOnce(fetcher = fetch) {
  return async (resource, init = {}) => {
    const attempt = { ...init, headers: { ...init.headers, 'Idempotency-Key': crypto.randomUUID() } };
    try {
      return await fetcher(resource, attempt);
    } catch (failure) {
      if (!(failure instanceof TypeError)) {
        throw failure;
      }
      return fetcher(resource, attempt);
    }
  };
}
