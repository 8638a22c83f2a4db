/**
 * Prompt ids no longer in the bank, each with the id of the prompt that now asks the same thing. A meeting's stored
 * history (the extension's ticked prompts) may still hold them: selection counts them as that prompt asked, and an id
 * is never given to a different question.
 */
export const RETIRED_PROMPTS: ReadonlyMap<string, string> = new Map([
  // Several ways of asking what to drop became one: what the manager should take off the person's plate.
  ['feel-hand-off-part', 'support-take-off-plate'],
  ['next-leave-behind', 'support-take-off-plate'],
  ['obstacle-time-eaters', 'support-take-off-plate'],
]);
