import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import { interactionCheckerStrings } from '../../src/components/interaction-checker/interaction-checker.strings.js';
import '../helpers/lit-warnings.js';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

const all = (root: AxNode, test: (node: AxNode) => boolean): AxNode[] => [
  ...(test(root) ? [root] : []),
  ...(root.children ?? []).flatMap((child) => all(child, test)),
];

async function headings(lang: string, level: number): Promise<string[]> {
  const el = await fixture<LdnInteractionChecker>(
    html`<ldn-interaction-checker
      id="checker"
      lang=${lang}
      heading-level="2"
      medications="Vicodin, Avonex"
    ></ldn-interaction-checker>`,
  );
  await el.updateComplete;
  const snapshot = (await a11ySnapshot({ selector: '#checker' })) as unknown as AxNode;
  return all(snapshot, (node) => node.role === 'heading' && node.level === level).map((node) => node.name);
}

describe('<ldn-interaction-checker>: finding headings say the severity in words', () => {
  it('English: browsing headings, a screen reader hears "Avoid: Vicodin"', async () => {
    const names = await headings('en', 4);
    const t = interactionCheckerStrings.en;
    expect(names[0]).to.match(/^Avoid: Vicodin/);
    expect(names[1]).to.match(/^Use caution — talk to your provider: Avonex/);
    expect(names[1]!.startsWith(`${t.severityCaution}: `)).to.equal(true);
  });

  it('Spanish: the same, with the Spanish severity words', async () => {
    const names = await headings('es', 4);
    expect(names[0]).to.match(new RegExp(`^${interactionCheckerStrings.es.severityAvoid}: Vicodin`));
  });

  it('the visible badge is hidden from the tree, so the severity is not read twice', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Vicodin"></ldn-interaction-checker>`,
    );
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('.finding-title')!;
    expect(heading.tagName).to.equal('H4');
    expect(heading.querySelector('[part="severity"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(heading.querySelector('.visually-hidden')!.textContent).to.equal('Avoid: ');
    await expect(el).to.be.accessible();
  });
});
