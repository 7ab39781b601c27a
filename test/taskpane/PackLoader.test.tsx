import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PackMeta } from '../../src/engine';
import { bundledPack } from '../../src/rules';
import { PackLoader } from '../../src/taskpane/features/pack/PackLoader';
import { fakeEngine } from './paneFakes';

function renderLoader() {
  const engine = fakeEngine();
  const loaded: PackMeta[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <PackLoader engine={engine} current={{ id: 'x', version: 'test-1', effectiveDate: '2026-07-23', sources: [] }} onLoaded={(m) => loaded.push(m)} />
    </FluentProvider>,
  );
  return { engine, loaded };
}

function choose(text: string, name = 'pack.json') {
  const input = screen.getByLabelText('Rules pack file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File has no text() in every version: give it one.
  Object.defineProperty(file, 'text', { value: async () => text });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('PackLoader', () => {
  it('switches to a valid pack and says which one', async () => {
    const { engine, loaded } = renderLoader();
    choose(JSON.stringify(bundledPack()));
    await screen.findByText('Rules pack loaded');
    expect(loaded.map((m) => m.version)).toEqual([bundledPack().meta.version]);
    expect((await engine.meta()).version).toBe(bundledPack().meta.version);
  });

  it('refuses a tampered pack and keeps the current one', async () => {
    const { engine, loaded } = renderLoader();
    const tampered = JSON.parse(JSON.stringify(bundledPack())) as ReturnType<typeof bundledPack>;
    tampered.destinations.find((d) => d.code === 'CN')!.marks = [];
    choose(JSON.stringify(tampered));
    await screen.findByText('Rules pack refused');
    expect(screen.getByText(/stays in use/)).toBeTruthy();
    expect(loaded).toEqual([]);
    expect((await engine.meta()).version).toBe('test-1');
  });

  it('refuses a file that is not JSON', async () => {
    renderLoader();
    choose('not json at all', 'pack.txt');
    await screen.findByText('Rules pack refused');
    expect(screen.getByText(/not JSON/)).toBeTruthy();
  });
});
