import { expect } from '@open-wc/testing';
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync, mount as mountSvelte, unmount as unmountSvelte, type Component as SvelteComponent } from 'svelte';
import { createApp, nextTick, type App, type Component as VueComponent } from 'vue';
import '../../src/index.js';
import type { LdnInteractionChecker, LdnSideEffectList } from '../../src/index.js';
import { addMedicine, chipTexts, markedIds, shownSeverities, toggleMark } from '../helpers/person.js';
import '../helpers/lit-warnings.js';

/**
 * The README's framework code, run in Chromium through real React 19 and Vue 3 (the fixtures of
 * test/consumers, compiled by scripts/framework-fixtures-plugin.mjs): the person adds an opioid
 * or marks a side effect, the parent re-renders with new arrays of the same content, and what the
 * person entered (and its finding) stays; in controlled use the parent's list follows the person.
 * Svelte 5 updates only what changed, so its fixture re-creates the arrays by reloading the record.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Specifiers held in variables: the fixtures are type-checked against the packed tarball, not here.
const REACT_CHECKER = '../consumers/react/interaction-checker.tsx';
const REACT_SIDE_EFFECTS = '../consumers/react/side-effect-list.tsx';
const VUE = (name: string) => `../consumers/vue/${name}.vue`;

type Component = FunctionComponent<Record<string, never>>;
const load = async <T>(path: string): Promise<T> => (await import(/* @vite-ignore */ path)) as T;

const checkerIn = (host: HTMLElement) => host.querySelector('ldn-interaction-checker') as LdnInteractionChecker;
const listIn = (host: HTMLElement) => host.querySelector('ldn-side-effect-list') as LdnSideEffectList;
const text = (host: HTMLElement) => host.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();

describe('React 19: the person’s entries survive re-renders', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  async function render(component: Component): Promise<void> {
    await act(async () => root.render(createElement(component)));
  }

  it('uncontrolled: an added opioid and its "avoid" finding stay when the parent re-renders', async () => {
    const { MedicineCheck } = await load<{ MedicineCheck: Component }>(REACT_CHECKER);
    await render(MedicineCheck);
    const checker = checkerIn(host);
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone']);

    // The change event makes the parent re-render with new ['Vicodin', 'Copaxone'] arrays.
    await act(async () => addMedicine(checker, 'Ultram'));
    await render(MedicineCheck);
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
    expect(shownSeverities(checker).filter((s) => s === 'avoid')).to.have.length(2);
    expect(text(host)).to.equal('Findings to avoid: 2');
  });

  it('controlled: the parent’s list follows the person, and the parent can replace it', async () => {
    const { ControlledMedicineCheck } = await load<{ ControlledMedicineCheck: Component }>(REACT_CHECKER);
    await render(ControlledMedicineCheck);
    const checker = checkerIn(host);
    await act(async () => addMedicine(checker, 'Ultram'));
    await checker.updateComplete;
    expect(text(host)).to.equal('On the list: Vicodin, Ultram');
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Ultram']);
    await act(async () => host.querySelector('button')!.click());
    await checker.updateComplete;
    expect(chipTexts(checker), 'new content from the page is its intent').to.deep.equal([]);
  });

  it('side effects: the person’s marks stay when the parent re-renders', async () => {
    const { SideEffects } = await load<{ SideEffects: Component }>(REACT_SIDE_EFFECTS);
    await render(SideEffects);
    const list = listIn(host);
    await act(async () => toggleMark(list, 'headache'));
    await render(SideEffects);
    await list.updateComplete;
    expect(markedIds(list).sort()).to.deep.equal(['headache', 'nausea']);
    expect(text(host)).to.contain('headache').and.contain('nausea');
  });
});

describe('Vue 3: the person’s entries survive re-renders', () => {
  let host: HTMLDivElement;
  let app: App | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  async function mount(name: string): Promise<void> {
    const component = (await load<{ default: VueComponent }>(VUE(name))).default;
    app = createApp(component);
    app.mount(host);
    await nextTick();
  }

  it('uncontrolled: an added opioid and its "avoid" finding stay when the template re-renders', async () => {
    await mount('MedicineCheck');
    const checker = checkerIn(host);
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone']);
    await addMedicine(checker, 'Ultram');
    await nextTick(); // the count changed: the template re-renders with new array literals
    await checker.updateComplete;
    expect(text(host)).to.equal('Findings to avoid: 2');
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
    expect(shownSeverities(checker).filter((s) => s === 'avoid')).to.have.length(2);
  });

  it('controlled: the ref follows the person, and the parent can replace it', async () => {
    await mount('ControlledMedicineCheck');
    const checker = checkerIn(host);
    await addMedicine(checker, 'Ultram');
    await nextTick();
    await checker.updateComplete;
    expect(text(host)).to.equal('On the list: Vicodin, Ultram');
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Ultram']);
    host.querySelector('button')!.click();
    await nextTick();
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal([]);
  });

  it('side effects: the person’s marks stay when the template re-renders', async () => {
    await mount('SideEffects');
    const list = listIn(host);
    await toggleMark(list, 'headache');
    await nextTick();
    await list.updateComplete;
    expect(text(host)).to.contain('headache').and.contain('nausea');
    expect(markedIds(list).sort()).to.deep.equal(['headache', 'nausea']);
  });
});

describe('Svelte 5: the person’s entries survive a reloaded record', () => {
  let host: HTMLDivElement;
  let instance: Record<string, unknown> | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (instance) void unmountSvelte(instance);
    host.remove();
  });

  it('uncontrolled: an added opioid and its "avoid" finding stay when new arrays of the same content arrive', async () => {
    const component = (await load<{ default: SvelteComponent }>('../consumers/svelte/MedicineCheck.svelte')).default;
    instance = mountSvelte(component, { target: host });
    flushSync();
    const checker = checkerIn(host);
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone']);
    await addMedicine(checker, 'Ultram');
    host.querySelector('button')!.click(); // the portal reloads the record: new arrays, same content
    flushSync();
    await checker.updateComplete;
    expect(chipTexts(checker)).to.deep.equal(['Vicodin', 'Copaxone', 'Ultram']);
    expect(shownSeverities(checker).filter((s) => s === 'avoid')).to.have.length(2);
    expect(text(host)).to.equal('Findings to avoid: 2');
  });
});
