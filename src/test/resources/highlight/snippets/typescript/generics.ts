enum Color { Red, Green = 'green', Blue = 4 }

function first<T>(items: T[]): T | undefined {
  return items.length > 0 ? items[0] : undefined;
}

abstract class Shape {
  abstract area(): number;
  toString(): string {
    return `${this.constructor.name} with area ${this.area().toFixed(2)}`;
  }
}

declare module 'lib' {
  export function parse(input: string): Record<string, any>;
}

const partial: Partial<Pick<Shape, 'area'>> = {};
let n = first<number>([1, 2, 3])?.valueOf() as number;
