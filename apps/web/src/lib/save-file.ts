/**
 * Hands a file made in the browser to the reader, as a download (citation files, "download
 * this view"): through a link to an object URL, clicked once. The widget has its own copy
 * (packages/embed/src/download.ts), inside its shadow root and bundle.
 */
export function saveFile(file: { text: string; type: string; filename: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  // The click has handed the file over; the address is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
