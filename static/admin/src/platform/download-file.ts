/** Offers text as a file download (the Custom UI iframe allows downloads started by a click). */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a short delay lets it start.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
