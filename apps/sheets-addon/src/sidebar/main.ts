/** Sidebar entry point: styles and the app, mounted on #app. */
import "./style.css";
import { startApp } from "./app";

const root = document.getElementById("app");
if (root) startApp(root);
