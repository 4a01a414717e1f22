import { isServer, type CSSResultOrNative, type LitElement } from 'lit';

/** Sheets made for each document other than the one the library was loaded in, per style. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

/**
 * Gives an element's shadow root the stylesheets of its class, made for the document it is in
 * now. A constructed sheet belongs to the document whose window made it: after a move to an
 * iframe (or back) the browser drops sheets of another document, and the element would lose its
 * styles. Constructed sheets only (never `<style>`), so a strict CSP still holds.
 */
export function adoptStylesForDocument(element: LitElement): void {
  if (isServer) return;
  const root = element.renderRoot;
  const view = element.ownerDocument.defaultView;
  // A document without a window (createHTMLDocument) renders nothing: style it when it lands.
  if (!(root instanceof ShadowRoot) || !view || !('adoptedStyleSheets' in root)) return;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  const ownWindow = view.CSSStyleSheet === globalThis.CSSStyleSheet;
  let sheets = sheetsByDocument.get(element.ownerDocument);
  if (!ownWindow && !sheets) {
    sheets = new Map();
    sheetsByDocument.set(element.ownerDocument, sheets);
  }
  root.adoptedStyleSheets = styles.flatMap((style) => {
    const native = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (ownWindow && native) return [native];
    let sheet = sheets?.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssTextOf(style));
      sheets?.set(style, sheet);
    }
    return [sheet];
  });
}
