Future<List<Post>> fetchPosts(Uri url) async {
  final response = await http.get(url);
  if (response.statusCode != 200) {
    throw Exception("Failed: \"${response.statusCode}\"");
  }
  /* parse */
  var ratio = 0.75, hex = 0xFF, raw = r'C:\path';
  return (jsonDecode(response.body) as List).map((e) => Post.fromJson(e)).toList();
}
