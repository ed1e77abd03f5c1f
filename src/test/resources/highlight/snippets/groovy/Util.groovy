package com.example

import groovy.json.JsonSlurper

class Util {
    static final int MAX = 10

    static String slugify(String text) {
        return text.toLowerCase().replaceAll(/[^a-z0-9]+/, '-')
    }

    def parse(String json) {
        def data = new JsonSlurper().parseText(json)
        data.posts.findAll { it.views > 1.5e2 }.collect { it.title }
    }
}
