import { expect } from '@open-wc/testing';
import { doseCardStrings } from '../../../src/components/dose-card/dose-card.strings.js';
import { interactionCheckerStrings } from '../../../src/components/interaction-checker/interaction-checker.strings.js';
import { sideEffectListStrings } from '../../../src/components/side-effect-list/side-effect-list.strings.js';
import { builtInKnowledgeBase } from '../../../src/core/index.js';
import { sharedStrings } from '../../../src/shared/strings.js';

const catalogues: Record<string, { en: Record<string, string>; es: Record<string, string> }> = {
  shared: sharedStrings,
  'dose-card': doseCardStrings,
  'interaction-checker': interactionCheckerStrings,
  'side-effect-list': sideEffectListStrings,
};

/** `{name}` placeholders in a string, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every `{ en, es }` text anywhere in the knowledge base, with where it is. */
function localizedTexts(value: unknown, path = 'kb'): [string, { en: string; es: string }][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('en' in value && 'es' in value) return [[path, value as { en: string; es: string }]];
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, `${path}.${key}`));
}

describe('language catalogues', () => {
  for (const [name, { en, es }] of Object.entries(catalogues)) {
    it(`${name}: English and Spanish have the same keys, none empty, with the same placeholders`, () => {
      expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) {
        expect(text.trim(), `${name}.${key}`).to.not.equal('');
      }
      for (const key of Object.keys(en)) {
        expect(placeholders(es[key]!), `${name}.${key}`).to.deep.equal(placeholders(en[key]!));
      }
    });
  }

  it('the knowledge base writes every clinical text in both languages, and Spanish is not a copy of English', () => {
    const texts = localizedTexts(builtInKnowledgeBase);
    expect(texts.length).to.be.greaterThan(50);
    const copied = texts.filter(([, text]) => text.en.trim() === text.es.trim()).map(([path]) => path);
    for (const [path, text] of texts) {
      expect(text.en.trim(), `${path}.en`).to.not.equal('');
      expect(text.es.trim(), `${path}.es`).to.not.equal('');
    }
    expect(copied, 'texts identical in both languages').to.deep.equal([]);
  });
});
