package io.jekyll4j.cli;

import java.util.Optional;

/**
 * The jar's entry point, kept small on purpose: it decides, before any command-line library is
 * loaded, how this run goes.
 *
 * <ul>
 *   <li>{@code build} and {@code serve} from the jar are re-run in a tuned child JVM ({@link
 *       TunedLaunch}); this parent then loads nothing but these two classes. picocli's classes
 *       are Java 5 bytecode: Java 17 neither keeps them in a class-data archive nor checks them
 *       with the fast verifier, so every JVM that loads them pays about 0.2 s of CPU.
 *   <li>In the child, a plain {@code build} or {@code serve} (the options of {@link QuickBuild}
 *       and {@link QuickServe}) runs without picocli at all.
 *   <li>Anything else goes to {@link Main}, the picocli command line.
 * </ul>
 */
public final class Launch {
  private Launch() {}

  public static void main(String[] args) {
    Optional<TunedLaunch> launch = TunedLaunch.forArgs(args);
    if (launch.isPresent()) {
      try {
        System.exit(launch.get().run(args));
      } catch (java.io.IOException e) {
        // no child JVM: build in this one
      } catch (InterruptedException e) {
        System.exit(130);
      }
    }
    Optional<BuildFlags> quick = QuickBuild.parse(args);
    if (quick.isPresent()) {
      TunedLaunch.watchParent();
      io.jekyll4j.build.Warmup.start(quick.get().source);
      System.exit(QuickBuild.run(quick.get()));
    }
    Optional<ServeCommand> serve = QuickServe.parse(args);
    if (serve.isPresent()) {
      TunedLaunch.watchParent();
      io.jekyll4j.build.Warmup.start(serve.get().flags.source);
      System.exit(QuickServe.run(serve.get()));
    }
    Main.main(args);
  }
}
