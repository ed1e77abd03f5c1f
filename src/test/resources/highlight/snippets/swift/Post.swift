import Foundation

struct Post: Codable, Identifiable {
    let id: UUID
    var title: String
    var tags: [String] = []
    private(set) var views = 0

    mutating func view() { views += 1 }
}

let posts = [Post(id: UUID(), title: "Hello")]
for post in posts where !post.tags.isEmpty {
    print("\(post.title) has \(post.tags.count) tags")
}
