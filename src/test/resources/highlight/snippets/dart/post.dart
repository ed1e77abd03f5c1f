/// A blog post.
class Post {
  final String title;
  final List<String> tags;
  int views = 0;

  Post(this.title, {this.tags = const []});

  String get slug => title.toLowerCase().replaceAll(' ', '-');

  @override
  String toString() => 'Post(${title}, ${tags.length} tags)';
}
