// Vite's `?raw` imports (used by preload.test.ts to load the script as text).
declare module '*?raw' {
  const source: string;
  export default source;
}
