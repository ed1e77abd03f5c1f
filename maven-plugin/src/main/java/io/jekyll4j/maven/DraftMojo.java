package io.jekyll4j.maven;

import io.jekyll4j.compose.ComposeSite;
import io.jekyll4j.compose.PageRequest;
import io.jekyll4j.compose.PostComposer;
import io.jekyll4j.compose.Written;
import org.apache.maven.plugins.annotations.Mojo;

/** Creates a draft in {@code _drafts/} titled {@code -Djekyll4j.title=...}. */
@Mojo(name = "draft", threadSafe = true)
public class DraftMojo extends AbstractComposeMojo {
  @Override
  Written compose(ComposeSite site, PageRequest request) {
    return new PostComposer(site).draft(request);
  }
}
