/** A count and its noun: "1 person", "3 people", "20,000 people" (thousands grouped, as every front end writes them). */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
