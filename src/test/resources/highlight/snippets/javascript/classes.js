'use strict';

class Counter extends EventTarget {
  static #instances = 0;
  constructor(start = 0) {
    super();
    this.value = start;
    Counter.#instances++;
  }

  get double() { return this.value * 2; }

  increment(by = 1) {
    this.value += by;
    this.dispatchEvent(new CustomEvent('change', { detail: this.value }));
    return this;
  }
}

const c = new Counter(0x10);
console.log(c.increment().double, typeof c, c instanceof Counter, null ?? 'default');
