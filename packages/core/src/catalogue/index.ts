/** The formula catalogue: spreadsheet functions defined once (implementation, and help in help/) and how hosts call them. */
export { CatalogueError } from "./errors";
export { CATALOGUE_HELP, documentedCatalogue, documentFunction, formulaSignature } from "./help/index";
export { CATALOGUE, callFunction, findFunction } from "./registry";
