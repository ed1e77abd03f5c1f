import React, { useState } from 'react';

export default function App({ title, items = [] }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="app" data-open={open}>
      <h1>{title} &amp; friends</h1>
      <Button onClick={() => setOpen(!open)} disabled>Toggle</Button>
      {open && (
        <ul>
          {items.map(item => <li key={item.id}>{item.name}</li>)}
        </ul>
      )}
    </div>
  );
}
