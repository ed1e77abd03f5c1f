package main

import (
	"fmt"
	"net/http"
	"strings"
)

type Post struct {
	Title string `json:"title"`
	Tags  []string
	Draft bool
}

func (p *Post) Slug() string {
	return strings.ToLower(strings.ReplaceAll(p.Title, " ", "-"))
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Hello, %q\n", r.URL.Path)
	})
	_ = http.ListenAndServe(":8080", nil)
}
