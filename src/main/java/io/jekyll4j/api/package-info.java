/**
 * The public API for embedding jekyll4j in a Java program: build a site ({@link
 * io.jekyll4j.api.Jekyll4j#build}) or serve it with live reload ({@link
 * io.jekyll4j.api.Jekyll4j#serve}), described by {@link io.jekyll4j.api.SiteOptions}, with the
 * result as a value ({@link io.jekyll4j.api.BuildOutcome}: files written, warnings, timings, or
 * the {@link io.jekyll4j.api.SiteError} with file and line). The command line and the Maven
 * plugin are built on it. Everything outside this package is the engine's own and may change.
 */
package io.jekyll4j.api;
