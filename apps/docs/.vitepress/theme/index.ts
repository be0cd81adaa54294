/** The site theme: VitePress's default theme plus the playground component, available in every page as <SmmPlayground />. */
import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import SmmPlayground from "../../playground/SmmPlayground.vue";
import "./custom.css";

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("SmmPlayground", SmmPlayground);
  },
};

export default theme;
