// Simple search over posts
import { debounce } from './util.js';

const MAX = 10, PI = 3.14159;
let cache = new Map();

export async function search(query, { limit = MAX } = {}) {
  if (!query || query.length < 2) return [];
  const re = /^[a-z0-9_-]+$/gi;
  const key = `q:${query.toLowerCase()}:${limit}`;
  if (cache.has(key)) {
    return cache.get(key);
  }
  const res = await fetch("/search.json?q=" + encodeURIComponent(query));
  const data = (await res.json()).filter(p => re.test(p.slug)).slice(0, limit);
  cache.set(key, data);
  return data;
}

/* block
   comment */
document.querySelector('#q').addEventListener('input', debounce(e => search(e.target.value), 250));
