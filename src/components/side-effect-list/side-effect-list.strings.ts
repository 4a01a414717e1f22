/**
 * Interface text of <ldn-side-effect-list>. Clinical text (names, what to expect, what helps)
 * comes from the knowledge base, never from here.
 */
const en = {
  heading: 'Side effects of LDN',
  filterLegend: 'Show side effects',
  categoryAll: 'All',
  categorySleep: 'Sleep',
  categoryDigestive: 'Stomach and bowel',
  categoryOther: 'Other',
  count: 'Showing {shown} of {total} common side effects',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  commonHeading: 'Common side effects',
  contactHeading: 'When to contact your provider',
  contactIntro: 'Talk to your healthcare provider if you notice any of these.',
  whatToExpect: 'What to expect',
  whatHelps: 'What may help',
  iHaveThis: 'I have this',
  discussHeading: 'To discuss with your provider',
  discussIntro: 'You marked these side effects:',
  discussEmpty:
    'Check "I have this" next to any side effect you notice. They will be listed here so you can talk about them at your next visit.',
  categoryAccepts: '"all", "sleep", "digestive" or "other"',
  selectedAccepts: 'side-effect ids from this list: {ids}',
} as const;

const es: Record<keyof typeof en, string> = {
  heading: 'Efectos secundarios de la LDN',
  filterLegend: 'Mostrar efectos secundarios',
  categoryAll: 'Todos',
  categorySleep: 'Sueño',
  categoryDigestive: 'Estómago e intestino',
  categoryOther: 'Otros',
  count: 'Se muestran {shown} de {total} efectos secundarios comunes',
  expandAll: 'Abrir todos',
  collapseAll: 'Cerrar todos',
  commonHeading: 'Efectos secundarios comunes',
  contactHeading: 'Cuándo hablar con su médico',
  contactIntro: 'Hable con su médico si nota alguno de estos.',
  whatToExpect: 'Qué esperar',
  whatHelps: 'Qué puede ayudar',
  iHaveThis: 'Tengo esto',
  discussHeading: 'Para hablar con su médico',
  discussIntro: 'Usted marcó estos efectos secundarios:',
  discussEmpty:
    'Marque "Tengo esto" junto a cada efecto secundario que note. Aparecerán aquí para que los comente en su próxima consulta.',
  categoryAccepts: '"all", "sleep", "digestive" u "other"',
  selectedAccepts: 'identificadores de efectos secundarios de esta lista: {ids}',
};

export const sideEffectListStrings = { en, es };
export type SideEffectListStringKey = keyof typeof en;
