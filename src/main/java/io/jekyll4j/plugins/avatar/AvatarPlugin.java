package io.jekyll4j.plugins.avatar;

import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.TagContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code jekyll-avatar} plugin ({@code plugins: [jekyll-avatar]}): {@code {% avatar USER
 * size=N %}} (or {@code user=variable}, {@code lazy=true}), an {@code <img>} of a GitHub user's
 * avatar ({@link AvatarImage}). The markup itself is Liquid-rendered first, as the gem does.
 */
public final class AvatarPlugin implements LiquidTag {
  private static final Pattern SIZE = Pattern.compile("\\bsize=(\\d+)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern USER = Pattern.compile("\\buser=([\\w.]+)\\b");

  @Override
  public String name() {
    return "jekyll-avatar";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public String tagName() {
    return "avatar";
  }

  @Override
  public String render(String markup, TagContext context) {
    String raw = markup.strip();
    Matcher size = SIZE.matcher(raw);
    Matcher user = USER.matcher(raw);
    String text = raw.contains("{{") || raw.contains("{%") ? context.render(raw) : raw;
    String login = user.find() ? valueOrName(context, user.group(1)) : AvatarImage.literal(text);
    return AvatarImage.image(login, size.find() ? size.group(1) : "40", text.contains("lazy=true"));
  }

  /** The variable's value as text, or its name when it is unset (as the gem falls back). */
  static String valueOrName(TagContext context, String name) {
    Object value = context.get(name);
    return value == null ? name : String.valueOf(value);
  }
}
