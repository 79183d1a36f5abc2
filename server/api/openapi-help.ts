/** Shared prose of the API description. */
export const openapiQueryHelp =
  'Filters take one value or a comma-separated list; an unknown value or parameter is a 400 that names it.';
