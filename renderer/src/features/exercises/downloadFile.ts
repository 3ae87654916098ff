/** Save bytes or text as a file from the browser (scenario export, AAR/IP). */
export function downloadFile(name: string, type: string, content: string | Uint8Array): void {
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
