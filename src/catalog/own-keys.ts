// Reads and writes object keys from untrusted JSON as own data properties, so a key named "__proto__" is data, never the prototype.

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Sets `key` on `obj` as an own property. Plain assignment with the key "__proto__" would replace the object's
 * prototype instead (JSON.parse makes it an own property; a copy made by assignment silently loses it).
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** The own property `key` of `obj`, or undefined (never an inherited one such as Object.prototype for "__proto__"). */
export function getOwn<T>(obj: Record<string, T>, key: string): T | undefined {
  return hasOwn(obj, key) ? obj[key] : undefined;
}
