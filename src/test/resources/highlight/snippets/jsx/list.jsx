const List = ({ posts }) =>
  posts.length === 0 ? <p className='empty'>No posts</p> : (
    <section>
      {/* comment */}
      {posts.map((p, i) => (
        <article key={i} style={{ color: 'red' }}>
          <a href={p.url}>{p.title}</a>
        </article>
      ))}
    </section>
  );
