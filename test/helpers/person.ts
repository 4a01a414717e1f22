/**
 * What a person does in the elements, through their real controls (text field + Add button,
 * chip remove buttons, checkboxes, radios), for the state-model and framework tests.
 */
type Updating = HTMLElement & { updateComplete: Promise<boolean> };

const shadow = (el: HTMLElement) => el.shadowRoot!;

/** Types a medicine into the checker's field and presses its Add button. */
export async function addMedicine(el: Updating, name: string): Promise<void> {
  await el.updateComplete;
  const input = shadow(el).querySelector<HTMLInputElement>('[role="combobox"]')!;
  input.value = name;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  shadow(el).querySelector<HTMLButtonElement>('.add-button')!.click();
  await el.updateComplete;
}

/** Presses the remove button of the medicine chip at `index`. */
export async function removeMedicine(el: Updating, index: number): Promise<void> {
  await el.updateComplete;
  shadow(el).querySelectorAll<HTMLButtonElement>('.chip-remove')[index]?.click();
  await el.updateComplete;
}

/** Ticks or unticks a condition checkbox by its id (`pregnancy`…). */
export async function toggleCondition(el: Updating, id: string): Promise<void> {
  await el.updateComplete;
  shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`)!.click();
  await el.updateComplete;
}

/** Marks or unmarks "I have this" on a side effect by its id. */
export async function toggleMark(el: Updating, id: string): Promise<void> {
  await el.updateComplete;
  shadow(el).querySelector<HTMLInputElement>(`li[data-id="${id}"] .mark input`)!.click();
  await el.updateComplete;
}

/** Chooses a category in the side-effect list's filter. */
export async function chooseCategory(el: Updating, category: string): Promise<void> {
  await el.updateComplete;
  shadow(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${category}"]`)!.click();
  await el.updateComplete;
}

/** The medicine chips the checker shows, in order. */
export const chipTexts = (el: HTMLElement): string[] =>
  [...shadow(el).querySelectorAll('.chip .chip-text')].map((chip) => chip.textContent!.trim());

/** The severities of the findings shown, in order. */
export const shownSeverities = (el: HTMLElement): string[] =>
  [...shadow(el).querySelectorAll<HTMLElement>('li.finding')].map((li) => li.dataset.severity ?? '');

/** The ids of the side effects shown as marked. */
export const markedIds = (el: HTMLElement): string[] =>
  [...shadow(el).querySelectorAll<HTMLElement>('li[data-marked]')].map((li) => li.dataset.id ?? '');

/** Whether an input-problem alert is shown. */
export const hasAlert = (el: HTMLElement): boolean => shadow(el).querySelector('[role="alert"]') !== null;
