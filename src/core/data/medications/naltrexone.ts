import type { Medication } from '../../schemas/index.js';
import { brand, generic } from './names.js';

/**
 * Other medicines that contain naltrexone (X1): with LDN, a person would take naltrexone twice.
 * Ingredients as the FDA labels (DailyMed) list them; Spanish generic names from MedlinePlus en español.
 */
export const naltrexoneMedicines: Medication[] = [
  {
    id: 'naltrexone',
    genericName: 'naltrexone',
    genericNameEs: 'naltrexona',
    names: [
      generic('naltrexone'),
      generic('naltrexona', 'medlineplus-drugs-es'),
      brand('Revia', 'dailymed-nlm'),
      brand('Vivitrol', 'dailymed-nlm'),
    ],
    classIds: ['naltrexone'],
    memberships: [
      {
        classId: 'naltrexone',
        reason: {
          en: 'Revia (tablets) and Vivitrol (a shot) are naltrexone, the same medicine as LDN.',
          es: 'Revia (tabletas) y Vivitrol (una inyección) son naltrexona, el mismo medicamento que la LDN.',
        },
        sourceId: 'dailymed-nlm',
      },
    ],
    codes: [],
  },
  {
    id: 'naltrexone-bupropion',
    genericName: 'naltrexone and bupropion',
    genericNameEs: 'naltrexona y bupropión',
    names: [
      generic('naltrexone and bupropion'),
      generic('naltrexona y bupropión', 'medlineplus-drugs-es'),
      brand('Contrave', 'dailymed-nlm'),
    ],
    classIds: ['naltrexone'],
    memberships: [
      {
        classId: 'naltrexone',
        reason: {
          en: 'Contrave contains naltrexone, the same medicine as LDN, and bupropion.',
          es: 'Contrave contiene naltrexona, el mismo medicamento que la LDN, y bupropión.',
        },
        sourceId: 'dailymed-nlm',
      },
    ],
    codes: [],
  },
];
