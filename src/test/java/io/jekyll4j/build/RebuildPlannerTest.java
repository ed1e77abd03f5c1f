package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's {@link RebuildPlan}: full whenever a partial rebuild could lose a change. */
class RebuildPlannerTest {
  private static final Site LAST = new Site(new SiteConfig(Map.of(), List.of()),
      ZonedDateTime.now(ZoneOffset.UTC), List.of(new Page("about.md", Map.of(), "x", 1)), Map.of(), List.of(),
      Map.of(), Map.of());

  private static ChangeSet edited(String path, ChangeSet.Kind kind) {
    return ChangeSet.of(List.of(new ChangeSet.Change(path, kind)));
  }

  private static RebuildPlan plan(ChangeSet changes, boolean lastFailed, boolean destination, Site last) {
    return RebuildPlanner.plan(changes, lastFailed, destination, Plugins.none(), last, Optional.empty());
  }

  @Test
  void anEditedPageOfTheLastBuildIsReReadAlone() {
    RebuildPlan p = plan(edited("about.md", ChangeSet.Kind.MODIFIED), false, true, LAST);

    assertThat(p).isEqualTo(new RebuildPlan.Partial(edited("about.md", ChangeSet.Kind.MODIFIED),
        Optional.of(Set.of("about.md"))));
    assertThat(p.partialRead()).isTrue();
  }

  @Test
  void aCreatedFileKeepsThePlanPartialButReadsTheWholeSite() {
    RebuildPlan p = plan(edited("new.md", ChangeSet.Kind.CREATED), false, true, LAST);

    assertThat(p).isInstanceOf(RebuildPlan.Partial.class);
    assertThat(((RebuildPlan.Partial) p).rereadOnly()).isEmpty();
    assertThat(p.partialRead()).isFalse();
  }

  @Test
  void aFirstBuildAFailedOneOrAMissingDestinationMakeItFull() {
    ChangeSet edit = edited("about.md", ChangeSet.Kind.MODIFIED);

    assertThat(plan(edit, false, true, null)).isInstanceOf(RebuildPlan.Full.class);
    assertThat(plan(edit, true, true, LAST)).isEqualTo(new RebuildPlan.Full("the previous build failed"));
    assertThat(plan(edit, false, false, LAST)).isEqualTo(new RebuildPlan.Full("the destination is gone"));
    assertThat(plan(ChangeSet.everything(), false, true, LAST)).isInstanceOf(RebuildPlan.Full.class);
    assertThat(plan(ChangeSet.everything(), false, true, LAST).changes().full()).isTrue();
  }
}
