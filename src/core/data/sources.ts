import type { Source } from '../schemas/index.js';

/**
 * Clinical sources (the article and the studies it cites, ids as in shared/clinical-brief.md)
 * and reference sources (where medication names, class membership and codes were checked).
 */
export const sources: Source[] = [
  {
    id: 'verywell-2023',
    kind: 'clinical',
    label: 'Verywell Health, 2023',
    citation:
      'Stachowiak J. Low-Dose Naltrexone for Treating MS Symptoms. Verywell Health. Medically reviewed by Nicholas R. Metrus, MD. Updated February 3, 2023.',
    url: 'https://www.verywellhealth.com/naltrexone-for-ms-2440888',
  },
  {
    id: 'hammer-2016',
    kind: 'clinical',
    label: 'Hammer et al., 2016',
    citation:
      'Hammer LA, Waldner H, Zagon IS, McLaughlin PJ. Opioid growth factor and low-dose naltrexone impair central nervous system infiltration by CD4+ T lymphocytes in established experimental autoimmune encephalomyelitis, a model of multiple sclerosis. Exp Biol Med. 2016;241(1):71-8.',
    doi: '10.1177/1535370215596384',
    url: 'https://doi.org/10.1177/1535370215596384',
  },
  {
    id: 'palermo-2018',
    kind: 'clinical',
    label: 'Palermo & Gresh, 2018',
    citation:
      'Palermo NJ, Gresh G. Low dose naltrexone: a novel approach in treating neuroinflammatory and other chronic degenerative conditions. Oral presentation, AOA ROME New England Conference, Mystic, CT, August 2018.',
  },
  {
    id: 'patten-2018',
    kind: 'clinical',
    label: 'Patten et al., 2018',
    citation:
      "Patten DK, Schultz BG, Berlau DJ. The safety and efficacy of low-dose naltrexone in the management of chronic pain and inflammation in multiple sclerosis, fibromyalgia, Crohn's disease, and other chronic pain disorders. Pharmacotherapy. 2018;38(3):382-389.",
    doi: '10.1002/phar.2086',
    url: 'https://doi.org/10.1002/phar.2086',
  },
  {
    id: 'toljan-2018',
    kind: 'clinical',
    label: 'Toljan & Vrooman, 2018',
    citation: 'Toljan K, Vrooman B. Low-dose naltrexone (LDN)—review of therapeutic utilization. Med Sci. 2018;6(4):82.',
    doi: '10.3390/medsci6040082',
    url: 'https://doi.org/10.3390/medsci6040082',
  },
];
