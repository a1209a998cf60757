// Array helpers that stay safe at any length: spreading a large array into call arguments overflows the stack.

/** Append every item of each list to target, one push at a time (never `target.push(...items)`). */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) for (const x of list) target.push(x);
  return target;
}
