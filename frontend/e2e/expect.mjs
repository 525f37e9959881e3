// The few assertions the scenario needs beyond waiting for what it expects to see.
export function expect(actual) {
  return {
    toBe(expected) {
      if (actual !== expected) throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    },
    toBeAtLeast(minimum) {
      if (!(actual >= minimum)) throw new Error(`expected at least ${minimum}, got ${actual}`);
    },
  };
}
