import SwiftUI

@main
struct BlogApp: App {
    @State private var query = ""

    var body: some Scene {
        WindowGroup {
            List(filtered, id: \.id) { post in
                Text(post.title).font(.headline)
            }
            .searchable(text: $query)
        }
    }
}
