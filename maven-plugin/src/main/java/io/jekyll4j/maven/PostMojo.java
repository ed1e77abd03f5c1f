package io.jekyll4j.maven;

import io.jekyll4j.compose.ComposeSite;
import io.jekyll4j.compose.PageRequest;
import io.jekyll4j.compose.PostComposer;
import io.jekyll4j.compose.Written;
import org.apache.maven.plugins.annotations.Mojo;

/** Creates a post in {@code _posts/} dated today, titled {@code -Djekyll4j.title=...}. */
@Mojo(name = "post", threadSafe = true)
public class PostMojo extends AbstractComposeMojo {
  @Override
  Written compose(ComposeSite site, PageRequest request) {
    return new PostComposer(site).post(request);
  }
}
