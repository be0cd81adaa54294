/** The formula catalogue: spreadsheet functions defined once (help, examples, implementation) and how hosts call them. */
export { CatalogueError } from "./errors";
export { CATALOGUE, callFunction, findFunction } from "./registry";
