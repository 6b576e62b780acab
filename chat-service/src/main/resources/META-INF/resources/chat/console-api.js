/**
 * Calls chat-service's API as the signed-in member of staff (the session of /socialkontakt/staff-login.js): GET, or
 * POST when a body is given. Answers the JSON body; throws when the call is refused.
 */
export async function callApi(session, path, body) {
  const response = await session.authorizedFetch(path, body === undefined ? {} : {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}
