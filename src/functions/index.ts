/**
 * The functions bundle. Importing each group's files is enough: at build time
 * custom-functions-metadata-plugin appends `CustomFunctions.associate(id, fn)` for every
 * `@customfunction` in those files and writes functions.json from the same JSDoc.
 */
import "./klass";
import "./brreg";
