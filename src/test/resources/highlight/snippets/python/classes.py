"""Models for the blog."""
from dataclasses import dataclass, field
import os.path


@dataclass(frozen=True)
class Post:
    title: str
    tags: list[str] = field(default_factory=list)
    draft: bool = False

    @property
    def slug(self) -> str:
        return self.title.lower().replace(" ", "-")

    def __repr__(self):
        return f"Post({self.title!r}, tags={len(self.tags)})"


class Draft(Post):
    pass
