/** An answer other than 2xx, with its RFC 9457 problem when the body was one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(`HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The request's fields the problem blames: bean validation's violations and a single "field" member. */
  fields(aliases = {}) {
    const named = (this.problem.violations ?? []).map((violation) => String(violation.field ?? '').split('.').pop());
    if (this.problem.field) {
      named.push(this.problem.field);
    }
    return named.map((field) => aliases[field] ?? field).filter(Boolean);
  }
}

/** Calls a JSON API with the given fetch (a signed-in one for staff); answers the body, or throws an ApiError. */
export async function callJson(fetcher, method, path, { body, signal } = {}) {
  const init = { method, signal, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetcher(path, init);
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => ({})));
  }
  return response.status === 204 ? null : response.json();
}
