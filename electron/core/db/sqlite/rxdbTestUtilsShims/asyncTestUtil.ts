// Stand-in for the two helpers rxdb/plugins/test-utils imports from the
// `async-test-util` package, which is not installed here.
export function wait(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

export function randomString(length = 12, charset = 'abcdefghijklmnopqrstuvwxyz'): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text += charset.charAt(Math.floor(Math.random() * charset.length));
  }
  return text;
}
