import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../cli/suggest';

describe('editDistance: insertions, deletions, substitutions and swaps of two neighbours', () => {
  it.each([
    ['', '', 0],
    ['', 'plan', 4],
    ['plan', '', 4],
    ['status', 'status', 0],
    ['staus', 'status', 1], // a letter left out
    ['statuss', 'status', 1], // one typed twice
    ['stapus', 'status', 1], // one wrong
    ['fromat', 'format', 1], // two swapped
    ['plant', 'plan', 1],
    ['prompt', 'prompts', 1],
    ['goal', 'plan', 3],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3], // the restricted distance: a swapped pair is not edited again
    ['Out', 'out', 1], // case counts here; closestName ignores it
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName: the name most likely meant, or none', () => {
  const COMMANDS = ['plan', 'status', 'prompts', 'goals'];
  const OPTIONS = ['--out', '--today', '--format', '--help'];
  it.each([
    ['staus', COMMANDS, 'status'],
    ['stats', COMMANDS, 'status'],
    ['plans', COMMANDS, 'plan'],
    ['promts', COMMANDS, 'prompts'],
    ['goal', COMMANDS, 'goals'],
    ['STATUS', COMMANDS, 'status'],
    ['xyz', COMMANDS, undefined], // nothing close: no guess
    ['report', COMMANDS, undefined],
    ['p', COMMANDS, undefined],
    ['--ouT', OPTIONS, '--out'],
    ['--fromat', OPTIONS, '--format'],
    ['--tday', OPTIONS, '--today'],
    ['--colour', OPTIONS, undefined],
    ['--o', OPTIONS, undefined], // one letter typed: too short to guess from
  ] as const)('%j among %j is %j', (typed, names, meant) => {
    expect(closestName(typed, names)).toBe(meant);
  });

  it('a tie goes to the earlier name', () => {
    expect(closestName('cat', ['bat', 'hat'])).toBe('bat');
  });
});
