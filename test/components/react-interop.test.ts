import { expect } from '@open-wc/testing';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import type { LdnDoseCard, LdnInteractionChecker, LdnSideEffectList } from '../../src/index.js';
import '../helpers/lit-warnings.js';

// React 19 passes props to custom elements as properties (when the element has one) and
// `on<event-name>` props as event listeners: the two things portals built on React need.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React 19 interop', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('sets array properties on the interaction checker and receives its events', async () => {
    const received: unknown[] = [];
    await act(async () =>
      root.render(
        createElement('ldn-interaction-checker', {
          medications: ['Vicodin', 'Copaxone'],
          conditions: ['pregnancy'],
          'onldn-interactions-change': (event: CustomEvent<{ findings: unknown[] }>) =>
            received.push(event.detail.findings),
        }),
      ),
    );
    const checker = container.querySelector('ldn-interaction-checker') as LdnInteractionChecker;
    await checker.updateComplete;
    expect(checker.medications).to.deep.equal(['Vicodin', 'Copaxone']);
    expect(checker.getAttribute('medications'), 'set as a property, not stringified into an attribute').to.not.equal(
      'Vicodin,Copaxone',
    );
    expect(received.length).to.be.greaterThan(0);
    const findings = received.at(-1) as { severity: string }[];
    expect(findings.map((f) => f.severity)).to.deep.equal(['avoid', 'caution', 'compatible']);
  });

  it('sets number and boolean properties on the dose card and re-renders on new props', async () => {
    const schedules: { steps: { doseMg: number }[] }[] = [];
    const onChange = (event: CustomEvent<{ schedule: { steps: { doseMg: number }[] } }>) =>
      schedules.push(event.detail.schedule);
    await act(async () =>
      root.render(createElement('ldn-dose-card', { targetDose: 4.5, 'onldn-schedule-change': onChange })),
    );
    const card = container.querySelector('ldn-dose-card') as LdnDoseCard;
    await card.updateComplete;
    expect(Math.max(...schedules.at(-1)!.steps.map((s) => s.doseMg))).to.equal(4.5);

    await act(async () =>
      root.render(
        createElement('ldn-dose-card', { targetDose: 4.5, spasticity: true, 'onldn-schedule-change': onChange }),
      ),
    );
    await card.updateComplete;
    expect(card.spasticity).to.equal(true);
    expect(Math.max(...schedules.at(-1)!.steps.map((s) => s.doseMg))).to.equal(3);
  });

  it('passes the selected list to the side-effect list and hears toggles', async () => {
    await act(async () => root.render(createElement('ldn-side-effect-list', { selected: ['nausea'] })));
    const list = container.querySelector('ldn-side-effect-list') as LdnSideEffectList;
    await list.updateComplete;
    expect(list.selected).to.deep.equal(['nausea']);
  });
});
