-- Posts table
CREATE TABLE posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title VARCHAR(255) NOT NULL,
  slug TEXT UNIQUE,
  published_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  draft BOOLEAN DEFAULT FALSE
);

CREATE INDEX idx_posts_slug ON posts (slug);
/* seed data */
INSERT INTO posts (title, slug) VALUES ('It''s alive', "hello-world");
