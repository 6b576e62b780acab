/**
 * Seconds a page waits in all for a service that answers 503 with Retry-After (its database out of reach: a restart
 * or a fail-over takes about 5 s) before it shows that answer, so that the person is not left waiting long.
 */
const LONGEST_WAIT_SECONDS = 15;

/**
 * Wraps a fetch for the POSTs that create (a case, an application, a conversation; docs/decisions.md, issue #13):
 * each call is one submission attempt with a fresh Idempotency-Key, sent again with the same key when the first may
 * have been stored without its answer reaching the page, so that the server answers with what it created instead of
 * creating it twice: once more when the network failed (fetch's TypeError), and after the seconds of Retry-After when
 * the service answered 503 (its database broke off, perhaps during the commit), for up to LONGEST_WAIT_SECONDS in
 * all. Any other answer, and a 503 past that wait, is returned as it is. A person who sends the form again makes a
 * new attempt with a new key; hence the waiting here rather than a "try again" text.
 */
export function createOnce(fetcher = fetch) {
  return async (resource, init = {}) => {
    const attempt = { ...init, headers: { ...init.headers, 'Idempotency-Key': crypto.randomUUID() } };
    let resentAfterNetworkFailure = false;
    let waited = 0;
    for (;;) {
      let response;
      try {
        response = await fetcher(resource, attempt);
      } catch (failure) {
        if (!(failure instanceof TypeError) || resentAfterNetworkFailure) {
          throw failure;
        }
        resentAfterNetworkFailure = true;
        continue;
      }
      const retryAfter = response.status === 503 ? retryAfterSeconds(response) : null;
      if (retryAfter === null || waited + retryAfter > LONGEST_WAIT_SECONDS) {
        return response;
      }
      waited += retryAfter;
      await waitSeconds(retryAfter);
    }
  };
}

/** Retry-After in seconds; null when absent or a date (the services send seconds). */
function retryAfterSeconds(response) {
  const value = response.headers.get('Retry-After');
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function waitSeconds(seconds) {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}
