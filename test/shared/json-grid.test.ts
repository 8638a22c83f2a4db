import { describe, expect, it } from 'vitest';
import { gridToObjects, headersOf, objectsToGrid } from '../../shared/json-grid';

describe('gridToObjects', () => {
  it.each([
    [
      [
        ['A', 'B'],
        ['1', '2'],
      ],
      [{ A: '1', B: '2' }],
    ],
    [[['A', 'B'], ['1']], [{ A: '1', B: '' }]],
    [[['A']], []],
    [[], []],
  ])('%j → %j', (grid, objects) => {
    expect(gridToObjects(grid)).toEqual(objects);
  });
});

describe('objectsToGrid', () => {
  it.each([
    [
      [{ A: '1', B: '2' }],
      [
        ['A', 'B'],
        ['1', '2'],
      ],
    ],
    [
      [{ A: '1' }, { B: '2', A: '3' }],
      [
        ['A', 'B'],
        ['1', ''],
        ['3', '2'],
      ],
    ],
    [[{ A: null }], [['A'], ['']]],
    [[], [[]]],
  ])('%j → %j', (items, grid) => {
    expect(objectsToGrid(items)).toEqual(grid);
  });

  it('takes the headers it is given, in their order', () => {
    expect(objectsToGrid([{ A: '1', B: '2' }], ['B', 'A'])).toEqual([
      ['B', 'A'],
      ['2', '1'],
    ]);
  });

  it('round-trips a grid of text', () => {
    const grid = [
      ['Key', 'Notes'],
      ['a#b', "it's"],
      ['c#d', ''],
    ];
    expect(objectsToGrid(gridToObjects(grid))).toEqual(grid);
    expect(headersOf(gridToObjects(grid))).toEqual(['Key', 'Notes']);
  });
});
