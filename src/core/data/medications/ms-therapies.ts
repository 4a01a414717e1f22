import type { Medication } from '../../schemas/index.js';
import { brand, generic, other } from './names.js';

/**
 * MS disease-modifying therapies the article names (I1, I2) and the other brands of the same
 * ingredients. Brand names as listed on the products' FDA labels; Spanish generic names as
 * MedlinePlus en español writes them. Each record says why it is in its class and where that
 * comes from: the article for the brands it names, else the product's label.
 */
export const msTherapies: Medication[] = [
  {
    id: 'interferon-beta-1a',
    genericName: 'interferon beta-1a',
    genericNameEs: 'interferón beta-1a',
    names: [
      generic('interferon beta-1a'),
      generic('interferón beta-1a', 'medlineplus-drugs-es'),
      brand('Avonex', 'dailymed-nlm'),
      brand('Rebif', 'dailymed-nlm'),
    ],
    classIds: ['interferon-beta'],
    memberships: [
      {
        classId: 'interferon-beta',
        reason: {
          en: 'Interferon beta-1a is an interferon medicine.',
          es: 'El interferón beta-1a es un medicamento de interferón.',
        },
        sourceId: 'verywell-2023',
      },
    ],
    codes: [],
  },
  // What people type when they do not know which interferon beta they take: same class, same finding,
  // and a title that claims no more than was typed.
  {
    id: 'interferon-beta',
    genericName: 'interferon beta',
    genericNameEs: 'interferón beta',
    names: [generic('interferon beta'), generic('interferón beta', 'medlineplus-drugs-es')],
    classIds: ['interferon-beta'],
    memberships: [
      {
        classId: 'interferon-beta',
        reason: {
          en: 'Interferon beta is an interferon medicine.',
          es: 'El interferón beta es un medicamento de interferón.',
        },
        sourceId: 'verywell-2023',
      },
    ],
    codes: [],
  },
  {
    id: 'peginterferon-beta-1a',
    genericName: 'peginterferon beta-1a',
    genericNameEs: 'peginterferón beta-1a',
    names: [
      generic('peginterferon beta-1a'),
      generic('peginterferón beta-1a', 'medlineplus-drugs-es'),
      brand('Plegridy', 'fda-ndc-directory'),
    ],
    classIds: ['interferon-beta'],
    memberships: [
      {
        classId: 'interferon-beta',
        reason: {
          en: 'Plegridy contains peginterferon beta-1a, an interferon medicine.',
          es: 'Plegridy contiene peginterferón beta-1a, un medicamento de interferón.',
        },
        sourceId: 'dailymed-nlm',
      },
    ],
    codes: [],
  },
  {
    id: 'interferon-beta-1b',
    genericName: 'interferon beta-1b',
    genericNameEs: 'interferón beta-1b',
    names: [
      generic('interferon beta-1b'),
      generic('interferón beta-1b', 'medlineplus-drugs-es'),
      brand('Betaseron', 'dailymed-nlm'),
      brand('Extavia', 'dailymed-nlm'),
    ],
    classIds: ['interferon-beta'],
    memberships: [
      {
        classId: 'interferon-beta',
        reason: {
          en: 'Interferon beta-1b is an interferon medicine.',
          es: 'El interferón beta-1b es un medicamento de interferón.',
        },
        sourceId: 'verywell-2023',
      },
    ],
    codes: [],
  },
  {
    id: 'glatiramer-acetate',
    genericName: 'glatiramer acetate',
    genericNameEs: 'acetato de glatirámero',
    names: [
      generic('glatiramer acetate'),
      generic('glatiramer'),
      generic('acetato de glatirámero', 'medlineplus-drugs-es'),
      other('acetato de glatiramer', 'medlineplus-drugs-es'),
      brand('Copaxone', 'dailymed-nlm'),
      brand('Glatopa', 'fda-ndc-directory'),
    ],
    classIds: ['glatiramer'],
    memberships: [
      {
        classId: 'glatiramer',
        reason: {
          en: 'Copaxone and Glatopa both contain glatiramer acetate.',
          es: 'Copaxone y Glatopa contienen acetato de glatirámero.',
        },
        sourceId: 'fda-ndc-directory',
      },
    ],
    codes: [],
  },
];
