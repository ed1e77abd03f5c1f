package com.example.blog

import kotlinx.coroutines.*

data class Post(val title: String, val tags: List<String> = emptyList(), var draft: Boolean = false)

fun main() = runBlocking {
    val posts = listOf(Post("Hello"), Post("World", listOf("kotlin")))
    posts.filter { !it.draft }.forEach { println("${it.title} (${it.tags.size})") }
    val (first, second) = posts
    launch { delay(100L); println(first.title) }
}
