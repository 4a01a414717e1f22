/**
 * Custom Elements Manifest (custom-elements.json at the package root, named by package.json
 * "customElements"): `cem analyze --config custom-elements-manifest.config.mjs`.
 *
 * Read from the elements' JSDoc (@summary, @fires, @slot, @csspart, @cssprop) and Lit's
 * `@property` decorators. Editors, Storybook's controls and docs, and framework wrappers use it,
 * so it documents the public surface only: private and protected members are dropped.
 */

import { posix } from 'node:path';

/**
 * The module that declares `className` as seen from `sourceFile`: the file it is imported from
 * (`./dose-card.js` → `src/components/dose-card/dose-card.ts`), else the file itself.
 */
function declaringModule(ts, sourceFile, className, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === className)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return { package: specifier };
    return { module: posix.join(posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts') };
  }
  return { module: modulePath };
}

/**
 * Tags are registered through our guarded `defineElement('ldn-x', LdnX)` (src/shared/define.ts),
 * which the analyzer does not know; it only reads `customElements.define`. This records the same
 * `custom-element-definition` export, so each class gets its `tagName` and counts as an element.
 */
function defineElementCalls() {
  return {
    name: 'ldn:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tagName, elementClass] = node.arguments;
      if (!tagName || !ts.isStringLiteral(tagName) || !elementClass || !ts.isIdentifier(elementClass)) return;
      const declaration = {
        name: elementClass.text,
        ...declaringModule(ts, node.getSourceFile(), elementClass.text, moduleDoc.path),
      };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagName.text, declaration },
      ];
    },
  };
}

/**
 * Members a page uses on an element: not `private`/`protected`/`#private`, and not static (class
 * bookkeeping such as `ldnVersion` is no property of the element and must not become a control).
 */
function isPublicMember(member) {
  if (member.static) return false;
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
}

/** Drops non-public and static members from every class after inheritance has been applied. */
function publicApiOnly() {
  return {
    name: 'ldn:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.members) {
            declaration.members = declaration.members.filter(isPublicMember);
          }
        }
      }
    },
  };
}

export default {
  // The elements and the shared base they inherit from; the DOM-free core has no elements.
  globs: ['src/components/**/*.ts', 'src/shared/**/*.ts'],
  // Interface strings and styles hold no API; tests and stories are not part of the package.
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest in "customElements"; never rewrite package.json.
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
