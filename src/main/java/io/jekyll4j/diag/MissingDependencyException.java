package io.jekyll4j.diag;

/**
 * Jekyll's {@code Jekyll::Errors::MissingDependencyException}: a gem the site asks for (in
 * {@code plugins}) that cannot be loaded. Reported with Jekyll's own {@code Dependency Error:}
 * text ({@code Jekyll::External.require_with_graceful_fail}); the build stops with status 1.
 */
public final class MissingDependencyException extends BuildException {
  private final String name;

  public MissingDependencyException(String name) {
    super(SourceLocation.of("_config.yml"), name);
    this.name = name;
    aboutConfigKey("plugins");
  }

  /** The gem's name, as the site wrote it. */
  public String name() {
    return name;
  }

  /** The topic Jekyll's logger prints before {@link #text()}. */
  public static final String TOPIC = "Dependency Error:";

  /** Jekyll's message, whitespace folded to single spaces as its logger prints it. */
  public String text() {
    return "Yikes! It looks like you don't have " + name + " or one of its dependencies installed."
        + " In order to use Jekyll as currently configured, you'll need to install this gem."
        + " If you've run Jekyll with `bundle exec`, ensure that you have included the " + name
        + " gem in your Gemfile as well. The full error message from Ruby is: 'cannot load such file -- "
        + name + "' If you run into trouble, you can find helpful resources at https://jekyllrb.com/help/!";
  }

  @Override
  public String describe() {
    return text();
  }
}
