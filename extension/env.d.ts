/** Vite's `?inline` import: a style sheet's text, for a style element in the overlay's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
