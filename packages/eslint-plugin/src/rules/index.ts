/** Every perfgate rule, keyed by its name without the `perfgate/` prefix. */
import noExpensiveRenderWork from './no-expensive-render-work/no-expensive-render-work.js';
import noHeavyImports from './no-heavy-imports/no-heavy-imports.js';
import noNestedComponentDefinitions from './no-nested-component-definitions/no-nested-component-definitions.js';
import noSetStateInEffectWithoutDeps from './no-set-state-in-effect-without-deps/no-set-state-in-effect-without-deps.js';
import noSetStateInRender from './no-set-state-in-render/no-set-state-in-render.js';
import noUnstableContextValue from './no-unstable-context-value/no-unstable-context-value.js';
import noUnstableDefaultProps from './no-unstable-default-props/no-unstable-default-props.js';
import noUnstableMemoProps from './no-unstable-memo-props/no-unstable-memo-props.js';
import preferLazyStateInitializer from './prefer-lazy-state-initializer/prefer-lazy-state-initializer.js';

export const rules = {
  'no-unstable-memo-props': noUnstableMemoProps,
  'no-unstable-context-value': noUnstableContextValue,
  'no-nested-component-definitions': noNestedComponentDefinitions,
  'no-unstable-default-props': noUnstableDefaultProps,
  'no-expensive-render-work': noExpensiveRenderWork,
  'no-set-state-in-render': noSetStateInRender,
  'no-set-state-in-effect-without-deps': noSetStateInEffectWithoutDeps,
  'prefer-lazy-state-initializer': preferLazyStateInitializer,
  'no-heavy-imports': noHeavyImports,
};

/** Name of a perfgate rule. */
export type RuleName = keyof typeof rules;
