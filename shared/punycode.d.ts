// punycode.js ships no types of its own; this is the one function Trellis uses.
declare module 'punycode.js' {
  const punycode: {
    /** A domain with its Unicode labels in punycode (`bücher.de` → `xn--bcher-kva.de`); ASCII labels unchanged. */
    toASCII(domain: string): string;
  };
  export default punycode;
}
