import { expect } from '@open-wc/testing';
import {
  builtInKnowledgeBase,
  checkInteractions,
  extendKnowledgeBase,
  LdnValidationError,
  searchMedications,
} from '../../src/core/index.js';

const localSource = {
  id: 'city-formulary',
  kind: 'reference' as const,
  label: 'City Hospital formulary',
  citation: 'City Hospital local formulary, 2026 edition.',
};

describe('extendKnowledgeBase', () => {
  it('maps a local formulary name to a known medication, which then gets its finding', () => {
    const kb = extendKnowledgeBase({
      sources: [localSource],
      aliases: [{ medicationId: 'oxycodone', name: { text: 'CityOxy SR', kind: 'brand', sourceId: 'city-formulary' } }],
    });
    expect(checkInteractions({ medications: ['CityOxy SR'] }, { knowledgeBase: kb })[0]!.severity).to.equal('avoid');
    expect(searchMedications('cityoxy', { knowledgeBase: kb })[0]!.medication.id).to.equal('oxycodone');
    expect(checkInteractions({ medications: ['CityOxy SR'] })[0]!.severity, 'built-in base untouched').to.equal(
      'unknown',
    );
    expect(
      builtInKnowledgeBase.medications.find((m) => m.id === 'oxycodone')!.names.some((n) => n.text === 'CityOxy SR'),
    ).to.be.false;
  });

  it('adds a new medication to an existing class', () => {
    const kb = extendKnowledgeBase({
      sources: [localSource],
      medications: [
        {
          id: 'local-opioid-syrup',
          genericName: 'codeine and local syrup base',
          names: [{ text: 'Tussi-Local', kind: 'brand', sourceId: 'city-formulary' }],
          classIds: ['opioid'],
          codes: [],
        },
      ],
    });
    expect(checkInteractions({ medications: ['Tussi-Local'] }, { knowledgeBase: kb })[0]!.severity).to.equal('avoid');
  });

  it('fails closed on invalid data: nothing is merged half-way', () => {
    const bad = [
      {
        aliases: [{ medicationId: 'no-such-drug', name: { text: 'X', kind: 'brand', sourceId: 'city-formulary' } }],
        sources: [localSource],
      },
      { aliases: [{ medicationId: 'oxycodone', name: { text: 'X', kind: 'brand', sourceId: 'missing-source' } }] },
      { medications: [{ id: 'Bad Id', genericName: 'x', names: [], classIds: [], codes: [] }] },
      {
        medicationClasses: [{ id: 'new', name: { en: 'New', es: '' }, factIds: ['I3'], sourceIds: ['verywell-2023'] }],
      },
      { dosing: {} },
    ];
    for (const extension of bad) {
      expect(() => extendKnowledgeBase(extension as never), JSON.stringify(extension)).to.throw(LdnValidationError);
    }
  });

  it('lets a portal add warnings but never reassurance', () => {
    const rule = {
      id: 'local-rule',
      target: { kind: 'class', classId: 'opioid' },
      explanation: { en: 'x', es: 'x' },
      whatToDo: { en: 'x', es: 'x' },
      factIds: ['I3'],
      sourceIds: ['verywell-2023'],
    };
    expect(() => extendKnowledgeBase({ interactionRules: [{ ...rule, severity: 'compatible' }] } as never)).to.throw(
      LdnValidationError,
      /cannot be "compatible"/,
    );
    expect(() => extendKnowledgeBase({ interactionRules: [{ ...rule, severity: 'caution' }] } as never)).not.to.throw();
  });

  it('validates the base it extends', () => {
    for (const base of [null, 5, {}, { ...builtInKnowledgeBase, sources: [] }]) {
      expect(() => extendKnowledgeBase({}, base as never), JSON.stringify(base)?.slice(0, 40)).to.throw(
        LdnValidationError,
      );
    }
  });
});

describe('the built-in knowledge base', () => {
  it('is frozen, so a caller editing a result in place cannot change later answers', () => {
    const [finding] = checkInteractions({ medications: ['Vicodin'] });
    expect(() => {
      (finding!.explanation as { en: string }).en = 'safe';
    }).to.throw(TypeError);
    const [match] = searchMedications('Vicodin');
    expect(() => (match!.medication.classIds as string[]).push('x')).to.throw(TypeError);
    expect(checkInteractions({ medications: ['Vicodin'] })[0]!.severity).to.equal('avoid');
  });
});
