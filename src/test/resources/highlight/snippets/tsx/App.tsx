import React, { useState } from "react";

// Props for the list
interface ListProps<T> {
  items: T[];
  render?: (item: T) => JSX.Element;
}

export function List<T,>({ items, render }: ListProps<T>) {
  const [count, setCount] = useState<number>(0);
  const label: string = `Count: ${count}`;
  return (
    <div className="list" onClick={() => setCount(count + 1)}>
      <h2>{label}</h2>
      {items.map((item, i) => (
        <Item key={i} value={render?.(item) ?? String(item)} />
      ))}
      <p>Total: {items.length * 2.5}</p>
    </div>
  );
}

type Mode = "a" | "b";
const generic = <U,>(x: U): U => x;
export default List;
