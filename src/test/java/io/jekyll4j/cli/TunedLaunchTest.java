package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TunedLaunchTest {
  @Test
  void onlyABuildIsRelaunched() {
    assertThat(TunedLaunch.isBuild(new String[] {"build", "-q"})).isTrue();
    assertThat(TunedLaunch.isBuild(new String[] {"b"})).isTrue();
    assertThat(TunedLaunch.isBuild(new String[] {"serve"})).isFalse();
    assertThat(TunedLaunch.isBuild(new String[] {"--version"})).isFalse();
    assertThat(TunedLaunch.isBuild(new String[] {})).isFalse();
  }

  @Test
  void classesOutsideAJarAreNotRelaunched() {
    // tests run from target/classes, where there is no jar to give the child JVM
    assertThat(TunedLaunch.forArgs(new String[] {"build"})).isEmpty();
  }

  @Test
  void aCollectorChosenByTheUserIsKept() {
    assertThat(TunedLaunch.choosesCollector(java.util.List.of("-Xmx2g", "-XX:+UseParallelGC"))).isTrue();
    assertThat(TunedLaunch.choosesCollector(java.util.List.of("-Xmx2g", "-XX:+UseStringDeduplication"))).isFalse();
  }
}
