package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TunedLaunchTest {
  @Test
  void buildAndServeAreRelaunchedByNameOrAlias() {
    assertThat(TunedLaunch.relaunched(new String[] {"build", "-q"})).contains("build");
    assertThat(TunedLaunch.relaunched(new String[] {"b"})).contains("build");
    assertThat(TunedLaunch.relaunched(new String[] {"serve", "-P", "4001"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"s"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"server"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"new", "blog"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {"--version"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {"-s", "site", "build"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {})).isEmpty();
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
