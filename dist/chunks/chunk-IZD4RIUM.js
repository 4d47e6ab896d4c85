import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/suggest.ts
var MAX_INPUT = 80;
function boundedDistance(a, b, bound) {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prevPrev = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > bound) return bound + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
function closestName(input, candidates) {
  if (input.length === 0 || input.length > MAX_INPUT) return void 0;
  const wanted = input.toLowerCase();
  const list = [...candidates];
  const completions = wanted.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(wanted)) : [];
  if (completions.length === 1) return completions[0];
  const bound = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best;
  let bestDistance = bound + 1;
  for (const candidate of list) {
    const d = boundedDistance(wanted, candidate.toLowerCase(), Math.min(bound, bestDistance));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export {
  closestName
};
