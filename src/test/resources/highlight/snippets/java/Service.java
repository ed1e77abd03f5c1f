package com.example.blog;

import java.util.List;
import java.util.stream.*;

/** Finds posts. */
@Service
public final class PostService implements Finder<Post> {
    private static final int MAX_RESULTS = 50;
    private final Map<String, List<Post>> byTag = new HashMap<>();

    @Override
    public List<Post> find(String query, int limit) throws IOException {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return byTag.getOrDefault(query, List.of()).stream()
                .filter(p -> !p.isDraft())
                .limit(Math.min(limit, MAX_RESULTS))
                .collect(Collectors.toList());
    }
}
