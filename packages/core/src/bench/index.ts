/** `pnpm bench`: the reading bench, then the full-audit bench (each prints its own figures). */
import "./read.bench";
import "./audit.bench";
