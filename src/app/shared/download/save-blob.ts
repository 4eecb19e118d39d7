/** Saves a file the SPA already holds (a download answered by the API), as the browser's own download. */
export function saveBlob(document: Document, filename: string, blob: Blob): void {
  const view = document.defaultView;
  if (view === null) {
    return;
  }
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is no longer needed.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}
