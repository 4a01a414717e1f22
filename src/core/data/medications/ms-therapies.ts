import type { Medication } from '../../schemas/index.js';
import { brand, generic } from './names.js';

/**
 * MS disease-modifying therapies the article names (I1, I2) and the other brands of the same
 * ingredients. Brand names as listed on the products' FDA labels.
 */
export const msTherapies: Medication[] = [
  {
    id: 'interferon-beta-1a',
    genericName: 'interferon beta-1a',
    names: [generic('interferon beta-1a'), brand('Avonex', 'dailymed-nlm'), brand('Rebif', 'dailymed-nlm')],
    classIds: ['interferon-beta'],
    codes: [],
  },
  {
    id: 'peginterferon-beta-1a',
    genericName: 'peginterferon beta-1a',
    names: [generic('peginterferon beta-1a'), brand('Plegridy', 'fda-ndc-directory')],
    classIds: ['interferon-beta'],
    codes: [],
  },
  {
    id: 'interferon-beta-1b',
    genericName: 'interferon beta-1b',
    names: [generic('interferon beta-1b'), brand('Betaseron', 'dailymed-nlm'), brand('Extavia', 'dailymed-nlm')],
    classIds: ['interferon-beta'],
    codes: [],
  },
  {
    id: 'glatiramer-acetate',
    genericName: 'glatiramer acetate',
    names: [
      generic('glatiramer acetate'),
      generic('glatiramer'),
      brand('Copaxone', 'dailymed-nlm'),
      brand('Glatopa', 'fda-ndc-directory'),
    ],
    classIds: ['glatiramer'],
    codes: [],
  },
];
