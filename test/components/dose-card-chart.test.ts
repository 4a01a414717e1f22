import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { doseCardStrings } from '../../src/components/dose-card/dose-card.strings.js';
import { chartDescription } from '../../src/components/dose-card/schedule-chart.js';
import { formatIsoDate } from '../../src/shared/format.js';
import { column, mountCard, textOf } from './dose-card-helpers.js';
import '../helpers/lit-warnings.js';

const chart = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="chart"]')!;
const svgOf = (root: ShadowRoot) => chart(root).querySelector('svg')!;
const texts = (root: ShadowRoot, selector: string) =>
  [...svgOf(root).querySelectorAll(selector)].map((node) => textOf(node));
const capY = (root: ShadowRoot) => Number(svgOf(root).querySelector('.chart-cap')!.getAttribute('y1'));

/** Every y the dose line and the step boxes reach: none may be above (less than) the limit line. */
function doseYs(root: ShadowRoot): number[] {
  const points = svgOf(root).querySelector('.chart-line')!.getAttribute('points')!.split(' ');
  const rects = [...svgOf(root).querySelectorAll('.chart-step')].map((rect) => Number(rect.getAttribute('y')));
  return [...points.map((point) => Number(point.split(',')[1])), ...rects];
}

function expectNothingAboveTheCap(root: ShadowRoot): void {
  const cap = capY(root);
  for (const y of doseYs(root)) expect(y).to.be.at.least(cap);
}

describe('<ldn-dose-card>: the schedule chart', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light', media: 'screen' });
  });

  it('default: a picture of the example schedule, hidden from assistive technology and described in words', async () => {
    const { el, root } = await mountCard();
    const schedule = el.currentSchedule!;
    const svg = svgOf(root);
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 320 200');
    expect(textOf(chart(root).querySelector('.chart-description'))).to.equal(chartDescription(schedule, 'en'));
    expect(chart(root).dataset['limit']).to.equal('maximum');
    expect(chart(root).dataset['example']).to.equal('true');
    expect(svg.querySelector('.chart-line')!.classList.contains('is-example')).to.equal(true);
    expect(texts(root, '.chart-example')).to.deep.equal([doseCardStrings.en.chartExampleTag]);
    expect(svg.querySelector('.chart-cap')!.getAttribute('data-cap-mg')).to.equal('4.5');
    expect(texts(root, '.chart-cap-label')).to.deep.equal(['Highest dose: 4.5 mg a day']);
    // One box per row of the table, with the same doses.
    const doses = [...svg.querySelectorAll('.chart-step')].map((rect) => rect.getAttribute('data-chart-mg'));
    expect(doses).to.deep.equal(schedule.steps.map((step) => String(step.doseMg)));
    expect(texts(root, '.chart-dose')).to.deep.equal(column(root, 1));
    expect(texts(root, '.chart-axis-title')).to.deep.equal([doseCardStrings.en.chartAxisWeeks]);
    expectNothingAboveTheCap(root);
    // The chart comes before the table, which stays the accessible source of truth.
    const table = root.querySelector('table')!;
    expect(chart(root).compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('spasticity: the line is the 3 mg limit, says why, and no step goes above it', async () => {
    const { el, root } = await mountCard({ spasticity: '', 'step-dose': '0.5', 'step-days': '7' });
    expect(el.currentSchedule!.maxDoseMg).to.equal(3);
    expect(chart(root).dataset['limit']).to.equal('spasticity');
    expect(chart(root).dataset['example']).to.equal(undefined);
    expect(svgOf(root).querySelector('.chart-line')!.classList.contains('is-example')).to.equal(false);
    expect(svgOf(root).querySelector('.chart-cap')!.getAttribute('data-cap-mg')).to.equal('3');
    expect(texts(root, '.chart-cap-label')).to.deep.equal(['Limit with spasticity: 3 mg a day']);
    expectNothingAboveTheCap(root);
    await expect(el).to.be.accessible();
  });

  it('liquid with a concentration: mL per dose inside the steps, as in the table', async () => {
    const { root } = await mountCard({
      form: 'sublingual-liquid',
      concentration: '1',
      'step-dose': '1.5',
      'step-days': '14',
    });
    expect(texts(root, '.chart-volume')).to.deep.equal(column(root, 2));
    expect(texts(root, '.chart-volume')).to.deep.equal(['1.5 mL', '3 mL', '4.5 mL']);
  });

  it('many small steps: labels shorten together (bare numbers) rather than some going missing', async () => {
    const { root } = await mountCard({ 'step-dose': '0.5', 'step-days': '7' });
    const labels = texts(root, '.chart-dose');
    expect(labels).to.have.length(7);
    expect(labels.every((label) => /^\d+(\.\d+)?$/.test(label))).to.equal(true);
  });

  it('start-date: the x axis shows short dates of the steps', async () => {
    const { el, root } = await mountCard({ 'start-date': '2025-03-01', 'step-dose': '1.5', 'step-days': '14' });
    const steps = el.currentSchedule!.steps;
    const dates = steps.map((step) => formatIsoDate(step.startDate!, 'en', { month: 'short', day: 'numeric' }));
    expect(texts(root, '.chart-tick-label').filter((label) => dates.includes(label))).to.deep.equal(dates);
    expect(texts(root, '.chart-axis-title')).to.deep.equal([doseCardStrings.en.chartAxisDates]);
  });

  it('Spanish: description, labels and dates in Spanish', async () => {
    const { el, root } = await mountCard({ lang: 'es', spasticity: '', 'start-date': '2025-03-01' });
    expect(textOf(chart(root).querySelector('.chart-description'))).to.equal(
      chartDescription(el.currentSchedule!, 'es'),
    );
    expect(textOf(chart(root).querySelector('.chart-description'))).to.match(/^El gráfico muestra el plan de ejemplo/);
    expect(texts(root, '.chart-cap-label')).to.deep.equal(['Límite con espasticidad: 3 mg al día']);
    expect(texts(root, '.chart-unit')).to.deep.equal(['mg al día']);
    expect(texts(root, '.chart-tick-label')).to.include('1 mar');
    await expect(el).to.be.accessible();
  });

  it('dark theme: axe finds nothing, and the chart takes the dark tokens', async () => {
    const { el, root } = await mountCard({ theme: 'dark', 'step-dose': '0.5', 'step-days': '7' });
    await expect(el).to.be.accessible();
    const line = svgOf(root).querySelector('.chart-line')!;
    expect(getComputedStyle(line).stroke).to.equal('rgb(140, 196, 255)');
  });

  it('sets no style attribute anywhere in the shadow root (CSP without unsafe-inline)', async () => {
    const cases: Record<string, string>[] = [{}, { spasticity: '', form: 'sublingual-liquid', concentration: '1' }];
    for (const attributes of cases) {
      const { root } = await mountCard(attributes);
      expect(root.querySelectorAll('[style]')).to.have.length(0);
    }
  });

  it('at 320 px the chart fits inside the card and the page does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, root } = await mountCard({ 'start-date': '2025-03-01', 'step-dose': '0.5', 'step-days': '7' });
    const card = el.getBoundingClientRect();
    const box = svgOf(root).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(200);
    expect(box.left).to.be.at.least(card.left);
    expect(box.right).to.be.at.most(card.right);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Every label of the drawing stays inside the drawing's box.
    for (const text of svgOf(root).querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      expect(r.left, textOf(text)).to.be.at.least(box.left - 0.5);
      expect(r.right, textOf(text)).to.be.at.most(box.right + 0.5);
      expect(r.top, textOf(text)).to.be.at.least(box.top - 0.5);
    }
  });

  it('forced colours: the chart is drawn in system colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { root } = await mountCard();
    // What CanvasText resolves to in this browser's forced palette.
    const canvasText = (() => {
      const test = document.createElement('div');
      document.body.append(test);
      test.setAttribute('class', 'canvastext-probe');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.canvastext-probe { color: CanvasText; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const value = getComputedStyle(test).color;
      test.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      return value;
    })();
    expect(getComputedStyle(svgOf(root).querySelector('.chart-cap')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(svgOf(root).querySelector('.chart-cap-label')!).fill).to.equal(canvasText);
  });

  it('prefers-color-scheme dark (theme auto): the chart takes the dark tokens', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el, root } = await mountCard();
    expect(getComputedStyle(svgOf(root).querySelector('.chart-line')!).stroke).to.equal('rgb(140, 196, 255)');
    await expect(el).to.be.accessible();
  });

  it('right to left: the drawing keeps its left-to-right geometry and still fits the card', async () => {
    const { el, root } = await mountCard({ dir: 'rtl' });
    expect(getComputedStyle(chart(root)).direction).to.equal('rtl');
    expect(getComputedStyle(svgOf(root)).direction).to.equal('ltr');
    const card = el.getBoundingClientRect();
    const box = svgOf(root).getBoundingClientRect();
    expect(box.left).to.be.at.least(card.left);
    expect(box.right).to.be.at.most(card.right);
  });

  it('print: the chart is kept in one piece', async () => {
    await emulateMedia({ media: 'print' });
    const { root } = await mountCard();
    expect(getComputedStyle(chart(root)).breakInside).to.equal('avoid');
  });
});
