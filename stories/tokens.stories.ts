/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';

/**
 * The design tokens, read from the elements' live stylesheets, so this page cannot drift from
 * the code: every `--ldn-*` property declared on `:host` or read with `var(--ldn-…, fallback)`,
 * grouped in the three tiers (reference → system → component) with its current value.
 */

type Tier = 'reference' | 'system' | 'component';
interface Token {
  name: string;
  tier: Tier;
  /** What it defaults to when the page sets nothing: a value or another token. */
  fallback: string;
  /** The value in force on a rendered element, in the current theme. */
  value: string;
  elements: string[];
}

const TAGS = ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'] as const;

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string }[];
}
const manifests = import.meta.glob<{ modules?: { declarations?: ManifestDeclaration[] }[] }>(
  '../custom-elements.json',
  {
    eager: true,
    import: 'default',
  },
);
/** The `@cssprop` names the manifest lists for an element (empty when the manifest is missing). */
function documented(tag: string): string[] {
  const declarations = Object.values(manifests)[0]?.modules?.flatMap((module) => module.declarations ?? []) ?? [];
  return declarations.find((d) => d.tagName === tag)?.cssProperties?.map((p) => p.name) ?? [];
}
const SYSTEM = /^--ldn-(color|font|space|radius|line)-?/;

function tierOf(name: string): Tier {
  if (name.startsWith('--ldn-ref-')) return 'reference';
  return SYSTEM.test(name) ? 'system' : 'component';
}

/** Every style rule of a sheet, inside @media and @container blocks too. */
function styleRules(rules: CSSRuleList): CSSStyleRule[] {
  return [...rules].flatMap((rule) =>
    rule instanceof CSSStyleRule
      ? [rule]
      : rule instanceof CSSGroupingRule || rule instanceof CSSContainerRule
        ? styleRules(rule.cssRules)
        : [],
  );
}

/** The tokens of the rendered elements: declared on :host (not the dark or print overrides) or read with a fallback. */
function collectTokens(hosts: Element[]): Token[] {
  const found = new Map<string, Token>();
  const note = (name: string, fallback: string, host: Element) => {
    const token = found.get(name) ?? {
      name,
      tier: tierOf(name),
      fallback,
      value: getComputedStyle(host).getPropertyValue(name).trim(),
      elements: [],
    };
    if (!token.elements.includes(host.localName)) token.elements.push(host.localName);
    found.set(name, token);
  };
  for (const host of hosts) {
    for (const sheet of host.shadowRoot?.adoptedStyleSheets ?? []) {
      for (const rule of styleRules(sheet.cssRules)) {
        const isHostDefaults = rule.selectorText === ':host' && rule.parentRule === null;
        for (const property of rule.style) {
          if (isHostDefaults && property.startsWith('--ldn-'))
            note(property, rule.style.getPropertyValue(property).trim(), host);
          for (const [, name, fallback] of rule.style
            .getPropertyValue(property)
            .matchAll(/var\((--ldn-[\w-]+),\s*((?:[^()]|\([^()]*\))+)\)/g)) {
            if (!name!.startsWith('--ldn-ref-')) note(name!, fallback!.trim(), host);
          }
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** The value a token resolves to on a host: its own, or its fallback's. */
function resolved(token: Token, host: Element): string {
  if (token.value) return token.value;
  const inner = /^var\((--ldn-[\w-]+)/.exec(token.fallback)?.[1];
  return inner ? getComputedStyle(host).getPropertyValue(inner).trim() : token.fallback;
}

const looksLikeColour = (value: string) => /^(#|rgb|hsl)/.test(value);

function tokenTable(tier: Tier, tokens: Token[], host: Element): TemplateResult {
  const rows = tokens.filter((token) => token.tier === tier);
  return html`<table class="token-table" data-tier=${tier}>
    <caption>
      ${{ reference: 'Reference', system: 'System', component: 'Component' }[tier]} tokens (${rows.length})
    </caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Default</th>
        <th scope="col">Value now</th>
        <th scope="col">Elements</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((token) => {
        const value = resolved(token, host);
        return html`<tr data-token=${token.name} data-elements=${token.elements.join(' ')}>
          <th scope="row"><code>${token.name}</code></th>
          <td><code>${token.fallback}</code></td>
          <td>
            ${
              looksLikeColour(value)
                ? html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: value })}></span>`
                : nothing
            }
            <code>${value}</code>
          </td>
          <td>${token.elements.length === TAGS.length ? 'all three' : token.elements.join(', ')}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** Renders one of each element off to the side, reads their sheets, and draws the three tables. */
class TokenTables extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const stage = document.createElement('div');
    stage.className = 'token-stage';
    stage.setAttribute('aria-hidden', 'true');
    stage.inert = true;
    for (const tag of TAGS) stage.append(document.createElement(tag));
    this.append(stage);
    const hosts = [...stage.children];
    await Promise.all(hosts.map((host) => (host as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    const tokens = collectTokens(hosts);
    const out = document.createElement('div');
    this.append(out);
    render(
      html`${(['reference', 'system', 'component'] as const).map((tier) => tokenTable(tier, tokens, hosts[0]!))}`,
      out,
    );
    stage.remove();
    this.dataset['ready'] = 'true';
  }
}
if (!customElements.get('ldn-token-tables')) customElements.define('ldn-token-tables', TokenTables);

const meta: Meta = {
  title: 'Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Three tiers, as in Material Web. **Reference** (`--ldn-ref-*`): the raw palette, by hue and tone. **System** (`--ldn-color-*`, `--ldn-font-*`, `--ldn-space-*`, `--ldn-radius`): roles, in a spacing scale (0.25, 0.5, 1, 1.5 rem) and a type scale (small 0.875em, base, subheading 1.125em, heading 1.25em); dark mode and print remap these to other reference tones. **Component**: one part of one element, defaulting to a system token. Set a token on the element (`ldn-dose-card { --ldn-color-accent: teal }`). The tables are read from the live stylesheets and follow the Theme toolbar.',
      },
    },
  },
  render: () =>
    html`<style>
        ldn-token-tables {
          display: block;
          font-size: 0.875rem;
        }
        .token-stage {
          position: absolute;
          inset-inline-start: -200vw;
          inline-size: 40rem;
        }
        .token-table {
          border-collapse: collapse;
          margin-block-end: 2rem;
          inline-size: 100%;
        }
        .token-table caption {
          text-align: start;
          font-weight: 700;
          font-size: 1.125rem;
          padding-block: 0.5rem;
        }
        .token-table th,
        .token-table td {
          text-align: start;
          border-block-end: 1px solid currentColor;
          padding: 0.25rem 0.5rem;
          vertical-align: middle;
        }
        .token-table tbody th {
          font-weight: 400;
        }
        .swatch {
          display: inline-block;
          inline-size: 1.25rem;
          block-size: 1.25rem;
          vertical-align: middle;
          margin-inline-end: 0.5rem;
          border: 1px solid currentColor;
          border-radius: 0.25rem;
        }
      </style>
      <ldn-token-tables></ldn-token-tables>`,
};
export default meta;

/** Every token, its default and the value now; a swatch beside each colour. */
export const AllTokens: StoryObj = {
  name: 'All tokens',
  play: async ({ canvasElement }) => {
    const tables = canvasElement.querySelector<HTMLElement>('ldn-token-tables')!;
    await waitFor(() => expect(tables.dataset['ready']).toBe('true'));
    const names = [...tables.querySelectorAll('tr[data-token]')].map((row) => row.getAttribute('data-token'));
    // The documented public tokens are all here, in their tier.
    for (const name of [
      '--ldn-ref-blue-40',
      '--ldn-color-accent',
      '--ldn-space-3',
      '--ldn-radius',
      '--ldn-finding-avoid-ink',
      '--ldn-chart-line',
    ]) {
      await expect(names).toContain(name);
    }
    await expect(tables.querySelector('[data-tier="reference"] [data-token="--ldn-color-accent"]')).toBeNull();
    // The manifest cannot drift either: each element documents (@cssprop) every component token it
    // has, and nothing its sheets do not have.
    for (const tag of TAGS) {
      const rows = [...tables.querySelectorAll<HTMLElement>('tr[data-token]')].filter((row) =>
        row.dataset['elements']!.split(' ').includes(tag),
      );
      const has = rows.map((row) => row.dataset['token']!);
      const components = rows
        .filter((row) => row.closest('[data-tier="component"]'))
        .map((row) => row.dataset['token']!);
      for (const name of documented(tag)) await expect(has).toContain(name);
      for (const name of components) await expect(documented(tag)).toContain(name);
    }
    await expect(tables.querySelector('[data-tier="component"] [data-token="--ldn-finding-avoid-ink"]')).not.toBeNull();
  },
};
