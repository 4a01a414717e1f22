import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { renderSourcesDisclosure } from '../../../src/shared/attribution.js';
import { LdnElement } from '../../../src/shared/base-element.js';
import { defineElement } from '../../../src/shared/define.js';
import { resolveLanguage, toSupportedLanguage } from '../../../src/shared/language.js';
import { recordEvents } from '../../helpers/events.js';
import '../../helpers/lit-warnings.js';

/** A minimal element on the shared base, to test what the three elements inherit. */
class ProbeElement extends LdnElement {
  failWith: Error | undefined;
  protected override renderContent(): TemplateResult {
    if (this.failWith) throw this.failWith;
    const problems = this.commonInputProblems();
    if (problems.length > 0) this.reportError(problems[0]!.attribute, this.issuesFor(problems));
    return litHtml`${this.renderInputProblems(problems)}${this.renderHeading(this.language)}
      ${renderSourcesDisclosure(this.kb, ['verywell-2023', 'palermo-2018'], this.language)}${this.renderDisclaimer()}`;
  }
}
defineElement('ldn-probe', ProbeElement);

describe('LdnElement (shared base)', () => {
  it('renders its heading at heading-level', async () => {
    const el = await fixture<ProbeElement>(html`<ldn-probe heading-level="4"></ldn-probe>`);
    expect(el.shadowRoot!.querySelector('h4.heading')).to.exist;
    el.headingLevel = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1.heading')).to.exist;
  });

  it('shows a visible alert and fires ldn-error for a bad heading-level, falling back to 2', async () => {
    const host = document.createElement('div');
    const errors = recordEvents(host, 'ldn-error');
    host.innerHTML = '<ldn-probe heading-level="9"></ldn-probe>';
    document.body.append(host);
    const el = host.querySelector('ldn-probe') as ProbeElement;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('heading-level').and.contain('9');
    expect(el.shadowRoot!.querySelector('h2.heading')).to.exist;
    expect(errors).to.have.length(1);
    expect(errors[0]!.bubbles && errors[0]!.composed).to.be.true;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors, 'the same problem is announced once').to.have.length(1);
    host.remove();
  });

  it('resolves language from the element, its ancestors, then the document, switching live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><ldn-probe></ldn-probe></div>`);
    const el = wrapper.querySelector('ldn-probe') as ProbeElement;
    await el.updateComplete;
    expect(el.language).to.equal('es');
    expect(el.shadowRoot!.textContent).to.contain('Fuente');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('en');
    el.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('es');
    expect(toSupportedLanguage('fr')).to.equal('en');
    expect(resolveLanguage(document.body)).to.equal(toSupportedLanguage(document.documentElement.lang));
  });

  it('renders "could not check" instead of throwing when rendering fails', async () => {
    const el = await fixture<ProbeElement>(html`<ldn-probe></ldn-probe>`);
    const errors = recordEvents<{ source: string }>(el, 'ldn-error');
    el.failWith = new Error('boom');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state="could-not-check"]')).to.exist;
    expect(errors[0]!.detail.source).to.equal('internal');
  });

  it('fails closed on an invalid portal knowledge base', async () => {
    const el = await fixture<ProbeElement>(html`<ldn-probe></ldn-probe>`);
    const errors = recordEvents<{ source: string }>(el, 'ldn-error');
    el.knowledgeBase = { version: '1' } as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state="could-not-check"]')).to.exist;
    expect(errors[0]!.detail.source).to.equal('knowledgeBase');
  });

  it('links sources that have a URL and cites those that do not', async () => {
    const el = await fixture<ProbeElement>(html`<ldn-probe></ldn-probe>`);
    const link = el.shadowRoot!.querySelector('.sources-disclosure a') as HTMLAnchorElement;
    expect(link.href).to.contain('verywellhealth.com');
    expect(link.rel).to.contain('noopener');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.sources-disclosure cite')!.title).to.contain('Palermo');
    await expect(el).to.be.accessible();
  });

  it('registers a tag only once and warns when another version holds it', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => defineElement('ldn-probe', ProbeElement)).not.to.throw();
      class Other extends HTMLElement {
        static ldnVersion = '0.0.1';
      }
      customElements.define('ldn-probe-other', Other);
      expect(() => defineElement('ldn-probe-other', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.contain('0.1.0');
  });
});
