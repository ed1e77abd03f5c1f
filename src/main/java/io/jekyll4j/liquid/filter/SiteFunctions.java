package io.jekyll4j.liquid.filter;

import java.time.ZoneId;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * What Jekyll's filters need from the site beyond the Liquid context: its timezone and the
 * converters behind {@code markdownify}, {@code smartify} and {@code sassify}/{@code scssify}
 * (the last takes the text and the syntax, {@code "sass"} or {@code "scss"}).
 */
public record SiteFunctions(
    ZoneId zone,
    UnaryOperator<String> markdownify,
    UnaryOperator<String> smartify,
    BinaryOperator<String> sassify) {}
