import {
  apiImports,
  capabilityGraph,
  folderCycles,
  folderGraph,
  layerOf,
  upwardImports,
} from './api-imports';

// The API's folders import each other along the layering in api-imports.ts: capability folders without cycles,
// and no import from a lower layer into a higher one. A new cycle or upward import fails here, naming the files.
describe('apps/api layering', () => {
  const imports = apiImports();

  it('reads the imports of the source tree', () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(imports).toContainEqual({ from: 'app.module.ts', to: 'schools/schools.module' });
  });

  it('has no cycles between capability folders', () => {
    const cycles = folderCycles(capabilityGraph(folderGraph(imports)));
    const explained = cycles.map((cycle) =>
      imports
        .filter(
          ({ from, to }) =>
            cycle.some((a) => from.startsWith(`${a}/`)) && cycle.some((b) => to.startsWith(`${b}/`)),
        )
        .filter(({ from, to }) => from.split('/')[0] !== to.split('/')[0])
        .map(({ from, to }) => `${from} → ${to}`),
    );
    expect(explained).toEqual([]);
  });

  it('has no upward imports', () => {
    expect(upwardImports(imports).map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('finds a cycle and an upward import when there is one (the check can fail)', () => {
    const made = [
      { from: 'schools/a.ts', to: 'sops/b' },
      { from: 'sops/b.ts', to: 'schools/a' },
      { from: 'common/c.ts', to: 'sops/b' },
    ];
    expect(folderCycles(capabilityGraph(folderGraph(made)))).toEqual([['schools', 'sops']]);
    expect(upwardImports(made)).toEqual([{ from: 'common/c.ts', to: 'sops/b' }]);
    expect(layerOf('a-new-capability')).toBe('capabilities');
  });
});
