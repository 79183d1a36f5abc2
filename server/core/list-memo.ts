/**
 * `format` of a list, made once per list object while the list is frozen: the validator shares one frozen list
 * among all the points with the same cell (cell-outcomes.ts), so 100k points hold a few hundred distinct lists.
 * A list that is not frozen (a point read back from the store) may still change, and is formatted each time.
 */
export function perFrozenList(
  format: (list: readonly string[]) => string,
): (list: readonly string[]) => string {
  const made = new WeakMap<readonly string[], string>();
  return (list) => {
    if (!Object.isFrozen(list)) return format(list);
    let text = made.get(list);
    if (text === undefined) {
      text = format(list);
      made.set(list, text);
    }
    return text;
  };
}
