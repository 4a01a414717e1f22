/**
 * Custom Elements Manifest (custom-elements.json at the package root, named by package.json
 * "customElements"): `cem analyze --config custom-elements-manifest.config.mjs`.
 *
 * Read from the elements' JSDoc (@summary, @fires, @slot, @csspart, @cssprop) and Lit's
 * `@property` decorators. Editors, Storybook's controls and docs, and framework wrappers use it,
 * so it documents the public surface only: private and protected members are dropped. Event
 * types name their `detail` type (`@fires {LdnErrorDetail} ldn-error`, as the framework-type
 * generators read it), aliases are expanded (`expandedType`), CSS properties carry their
 * defaults, and module paths point to what ships in dist/. scripts/build-integrations.mjs turns
 * it into framework types and editor data.
 */

import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

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

/**
 * The default of every `--ldn-*` token, read from the `:host` block of src/shared/theme.ts (the
 * one place they are set), so editors and docs show what a page overrides.
 */
function cssPropertyDefaults() {
  const theme = readFileSync(new URL('./src/shared/theme.ts', import.meta.url), 'utf8');
  const hostBlock = /:host\s*\{([^}]*)\}/.exec(theme)?.[1] ?? '';
  const defaults = new Map([...hostBlock.matchAll(/(--ldn-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  return {
    name: 'ldn:css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            if (property.default === undefined && defaults.has(property.name))
              property.default = defaults.get(property.name);
          }
        }
      }
    },
  };
}

/**
 * `lang` is documented with `@attr` (it is HTMLElement's own property), so the analyzer gives it
 * no field; the framework-type generators need one to type it.
 */
function nativeAttributeFields() {
  return {
    name: 'ldn:native-attribute-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.fieldName === undefined && attribute.name === 'lang') {
              attribute.fieldName = 'lang';
              attribute.type ??= { text: 'string' };
            }
          }
        }
      }
    },
  };
}

/** Where a source module ships: an element's files in its own ESM entry, the rest in the main one. */
function shippedModule(sourcePath) {
  const element = /^src\/components\/([\w-]+)\//.exec(sourcePath)?.[1];
  return element ? `dist/esm/${element}.js` : 'dist/esm/index.js';
}

/** Rewrites every `module` reference (declarations, exports, inheritance) to the shipped file. */
function rewriteModuleReferences(value) {
  if (Array.isArray(value)) value.forEach(rewriteModuleReferences);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string' && /^\/?src\//.test(inner)) {
        value[key] = shippedModule(inner.replace(/^\//, ''));
      } else rewriteModuleReferences(inner);
    }
  }
}

/**
 * Module paths as a consumer imports them: one module per shipped ESM file (an element's class
 * and its registration in dist/esm/<element>.js, the shared base in dist/esm/index.js), never
 * src/, which is not in the package.
 */
function shippedModulePaths() {
  return {
    name: 'ldn:shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      const merged = new Map();
      for (const module of customElementsManifest.modules ?? []) {
        rewriteModuleReferences(module);
        const path = shippedModule(module.path);
        const target = merged.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
        target.declarations.push(...(module.declarations ?? []));
        target.exports.push(...(module.exports ?? []));
        merged.set(path, target);
      }
      // Only what a consumer can reach: the element classes (and the base they inherit from),
      // their registrations and their exports; internal helpers stay out of the manifest.
      const all = [...merged.values()].flatMap((module) => module.declarations);
      const elements = all.filter((declaration) => declaration.customElement);
      const bases = new Set(elements.map((element) => element.superclass?.name));
      const classes = new Set(elements.filter((element) => element.tagName).map((element) => element.name));
      for (const module of merged.values()) {
        module.declarations = module.declarations.filter(
          (declaration) => declaration.customElement || (declaration.kind === 'class' && bases.has(declaration.name)),
        );
      }
      for (const module of merged.values()) {
        module.exports = module.exports.filter(
          (entry) =>
            entry.declaration.module === module.path &&
            (entry.kind === 'custom-element-definition' || classes.has(entry.name)),
        );
        module.exports = module.exports.filter(
          (entry, index) =>
            module.exports.findIndex((other) => other.kind === entry.kind && other.name === entry.name) === index,
        );
      }
      customElementsManifest.modules = [...merged.values()].filter((module) => module.declarations.length > 0);
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
  // The type checker lets the type parser expand aliases (`DoseForm` → its string literals).
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.some((glob) => file.fileName.endsWith(glob)));
  },
  plugins: [
    defineElementCalls(),
    typeParserPlugin({ propertyName: 'expandedType', parseObjectTypes: 'none' }),
    publicApiOnly(),
    cssPropertyDefaults(),
    nativeAttributeFields(),
    shippedModulePaths(),
  ],
};
