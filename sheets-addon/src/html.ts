// Building HTML from text that anyone with edit access typed: everything goes through escapeHtml.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A value as a JavaScript literal that is safe inside a <script> element (no `</script>`, no line separators). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A page's `<!--slot:NAME-->` markers replaced by ready-made (already escaped) HTML. */
export function fillSlots(page: string, slots: Readonly<Record<string, string>>): string {
  return page.replace(/<!--slot:([a-z-]+)-->/g, (whole, name: string) => slots[name] ?? whole);
}
