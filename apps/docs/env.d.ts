/** Type shims for the docs app: Vue single-file components imported from TypeScript. */
declare module "*.vue" {
  import type { DefineComponent } from "vue";

  const component: DefineComponent<object, object, unknown>;
  export default component;
}
