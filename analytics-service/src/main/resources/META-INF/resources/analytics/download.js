/** Fetches a file with the session's token and hands it to the browser as a download under the given name. */
export async function download(session, path, fileName) {
  const response = await session.authorizedFetch(path);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
