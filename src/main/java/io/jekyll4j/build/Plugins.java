package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.liquid.PluginLiquid;
import io.jekyll4j.plugin.Converter;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.LiquidBlock;
import io.jekyll4j.plugin.LiquidFilter;
import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Plugin;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.RubyGlob;
import io.jekyll4j.plugin.SiteHooks;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.source.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The plugins of one build, chosen as Jekyll chooses them ({@code PluginManager}):
 *
 * <ul>
 *   <li>every plugin in a jar of the site's {@code plugins_dir} ({@code _plugins/} by default),
 *       as Jekyll requires every {@code _plugins/*.rb}; each jar has its own class loader;
 *   <li>a plugin on the class path (jekyll4j's built-ins, a Maven plugin's dependencies) when
 *       the site's {@code plugins} names it, or when the gem-based theme depends on it;
 *   <li>in safe mode ({@code --safe}, {@code safe: true}) only built-ins that {@code whitelist}
 *       names, and no {@code plugins_dir}.
 * </ul>
 *
 * Plugins are found with {@link ServiceLoader} ({@code META-INF/services/io.jekyll4j.plugin.Plugin}).
 * The pipeline asks this set for each plugin type at its moment and knows no plugin by name.
 */
public final class Plugins {
  /** One loaded plugin and where it came from (a jar's file name, or "class path"). */
  public record Loaded(Plugin plugin, String origin) {}

  private static final String BUILT_IN_PACKAGE = "io.jekyll4j.plugins.";
  /** One class loader per plugin jar, as long as the jar is unchanged. */
  private static final Map<String, URLClassLoader> JARS = new ConcurrentHashMap<>();

  private final List<Loaded> enabled;
  /** The names of every plugin that could be loaded (enabled or not), for the dependency check. */
  private final Set<String> available;

  private Plugins(List<Loaded> enabled, Set<String> available) {
    this.enabled = List.copyOf(enabled);
    this.available = Set.copyOf(available);
  }

  /** The plugins of a site with this config, theme and source, loading from {@code classpath}. */
  public static Plugins select(SiteConfig config, Optional<Theme> theme, Path source, ClassLoader classpath) {
    boolean safe = config.bool("safe");
    Set<String> whitelist = new LinkedHashSet<>(config.list("whitelist"));
    Set<String> named = new LinkedHashSet<>(config.list("plugins"));
    // class path plugins in load order (the built-ins' service file fixes their generator order)
    List<Loaded> available = new ArrayList<>();
    Set<Class<?>> seen = new java.util.HashSet<>();
    // only `plugins` and a theme's dependencies enable a class-path plugin: without either, the
    // class path is not searched (reading its service files waits for the jar to be opened,
    // 15-30 ms of a small site's build)
    boolean anyNamed = !named.isEmpty() || theme.isPresent() && !theme.get().runtimeDependencies().isEmpty();
    for (ClassLoader loader : anyNamed ? loaders(classpath) : List.<ClassLoader>of()) {
      for (Plugin p : load(loader, null, "class path")) {
        if (seen.add(p.getClass())) available.add(new Loaded(p, "class path"));
      }
    }
    Set<String> known = new java.util.HashSet<>();
    available.forEach(l -> known.add(l.plugin().name()));
    // Jekyll's PluginManager#conscientious_require: the theme's runtime dependencies first, then
    // _plugins, then the gems `plugins` names, in that list's order; a gem required twice keeps its
    // first place. Generators (and hooks) of equal priority run in this load order (Site sorts them
    // by priority with Ruby's sort!, which keeps the order of equal ones here).
    Set<String> themeDeps = new LinkedHashSet<>();
    theme.ifPresent(t -> t.runtimeDependencies().stream().filter(known::contains).forEach(themeDeps::add));
    List<String> loadOrder = new ArrayList<>(themeDeps);
    for (String n : named) if (!themeDeps.contains(n)) loadOrder.add(n);
    named.addAll(themeDeps);
    List<Loaded> fromThemeDeps = new ArrayList<>();
    List<Loaded> fromNamed = new ArrayList<>();
    for (Loaded l : available) {
      String name = l.plugin().name();
      if (!named.contains(name)) continue;
      if (safe && !(builtIn(l.plugin()) && whitelist.contains(name))) continue;
      (themeDeps.contains(name) ? fromThemeDeps : fromNamed).add(l);
    }
    // stable: the plugins of one gem keep their class-path order
    Comparator<Loaded> byLoadOrder = Comparator.comparingInt(l -> loadOrder.indexOf(l.plugin().name()));
    fromThemeDeps.sort(byLoadOrder);
    fromNamed.sort(byLoadOrder);
    List<Loaded> out = new ArrayList<>(fromThemeDeps);
    if (!safe) {
      List<Path> jars = new ArrayList<>(jars(source, config));
      // a theme jar from the theme path may carry plugins: they come with the theme, as a theme
      // gem's plugins do (a class-path theme's plugins are class-path plugins, enabled by name)
      theme.flatMap(Theme::jar).ifPresent(jars::add);
      for (Path jar : jars) {
        URLClassLoader loader = loaderFor(jar);
        for (Plugin p : load(loader, loader, jar.getFileName().toString())) {
          out.add(new Loaded(p, jar.getFileName().toString()));
          known.add(p.name());
        }
      }
    }
    out.addAll(fromNamed);
    return new Plugins(out, known);
  }

  /** No plugins at all. */
  public static Plugins none() {
    return new Plugins(List.of(), Set.of());
  }

  /** The enabled plugins, in load order. */
  public List<Loaded> enabled() {
    return enabled;
  }

  /** The enabled plugins' names. */
  public List<String> names() {
    return enabled.stream().map(l -> l.plugin().name()).distinct().toList();
  }

  /** The names of every plugin found (on the class path and in {@code plugins_dir}), enabled or not. */
  public Set<String> available() {
    return available;
  }

  /** Whether a generator that made {@code item} lets it share an output path (no Conflict warning). */
  public boolean allowsUsedPermalink(io.jekyll4j.content.Convertible item) {
    List<Generator> generators = of(Generator.class);
    if (generators.isEmpty()) return false;
    io.jekyll4j.plugin.ItemView view = VIEWS.item(item);
    for (Generator g : generators) if (g.allowsUsedPermalink(view)) return true;
    return false;
  }

  /** The items as {@link #allowsUsedPermalink} shows them to generators. */
  private static final io.jekyll4j.content.Views VIEWS =
      new io.jekyll4j.content.Views(Path.of(""), io.jekyll4j.content.Convertible::extension, c -> true);

  /** Whether a plugin of this name is enabled. */
  public boolean has(String name) {
    return names().contains(name);
  }

  /** The generators, from the highest priority to the lowest, keeping load order within one priority. */
  public List<Generator> generators() {
    List<Generator> out = new ArrayList<>(of(Generator.class));
    out.sort(Comparator.comparingInt((Generator g) -> -g.priority().value()));
    return out;
  }

  /** The converters, from the highest priority to the lowest. */
  public List<Converter> converters() {
    List<Converter> out = new ArrayList<>(of(Converter.class));
    out.sort(Comparator.comparingInt((Converter c) -> -c.priority().value()));
    return out;
  }

  public List<SiteHooks> siteHooks() {
    return of(SiteHooks.class);
  }

  public List<ItemHooks> itemHooks() {
    return of(ItemHooks.class);
  }

  /** The Liquid parts, with the site as plugins see it through {@code views}. */
  public PluginLiquid liquid(Function<Site, SiteView> views) {
    return new PluginLiquid(of(LiquidTag.class), of(LiquidBlock.class), of(LiquidFilter.class), views);
  }

  /** Where a plugin came from, for error messages. */
  public String originOf(Plugin p) {
    return enabled.stream().filter(l -> l.plugin() == p).map(Loaded::origin).findFirst().orElse("class path");
  }

  /**
   * Whether a rebuild after these changes must render everything: some plugin reads everything,
   * or reads one of the changed files (by glob, data key or collection listing).
   */
  public boolean rebuildsEverything(ChangeSet changes) {
    for (Loaded l : enabled) {
      Reads r = l.plugin().reads();
      if (r.readsEverything()) return true;
      for (ChangeSet.Change c : changes.changes()) {
        String path = c.path();
        if (RubyGlob.anyMatches(r.files(), path)) return true;
        for (String key : r.dataKeys()) {
          if (path.startsWith("_data/" + key + ".") || path.startsWith("_data/" + key + "/")) return true;
        }
        for (String label : r.listings()) {
          if (path.startsWith("_" + label + "/") || label.equals("posts") && path.startsWith("_drafts/")) return true;
        }
      }
    }
    return false;
  }

  private <T> List<T> of(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Loaded l : enabled) if (type.isInstance(l.plugin())) out.add(type.cast(l.plugin()));
    return out;
  }

  /** Whether the plugin ships with jekyll4j. */
  static boolean builtIn(Plugin p) {
    return p.getClass().getName().startsWith(BUILT_IN_PACKAGE)
        && p.getClass().getClassLoader() == Plugins.class.getClassLoader();
  }

  private static List<ClassLoader> loaders(ClassLoader classpath) {
    List<ClassLoader> out = new ArrayList<>();
    out.add(Plugins.class.getClassLoader());
    if (classpath != null && classpath != Plugins.class.getClassLoader()) out.add(classpath);
    return out;
  }

  /**
   * The plugins {@code loader} provides; with {@code own} set, only those whose class it defines
   * itself (a jar's loader also sees the class path's).
   */
  private static List<Plugin> load(ClassLoader loader, ClassLoader own, String origin) {
    List<Plugin> out = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<Plugin> p : ServiceLoader.load(Plugin.class, loader).stream().toList()) {
        if (own != null && p.type().getClassLoader() != own) continue;
        try {
          out.add(p.get());
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
          throw failed(p.type().getName(), origin, e);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw failed("(service list)", origin, e);
    }
    return out;
  }

  private static BuildException failed(String plugin, String origin, Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new BuildException(SourceLocation.of(origin),
        "Plugin " + plugin + " could not be loaded: " + why, e);
  }

  /** The jars in the site's {@code plugins_dir} folders, by name. */
  private static List<Path> jars(Path source, SiteConfig config) {
    Object dirs = config.get("plugins_dir");
    List<String> names = new ArrayList<>();
    if (dirs instanceof List<?> l) l.forEach(d -> names.add(String.valueOf(d)));
    else names.add(dirs == null ? "_plugins" : String.valueOf(dirs));
    List<Path> out = new ArrayList<>();
    for (String d : names) {
      Path dir = source.resolve(d);
      if (!Files.isDirectory(dir)) continue;
      try (var s = Files.list(dir)) {
        s.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static URLClassLoader loaderFor(Path jar) {
    try {
      String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
      return JARS.computeIfAbsent(key, k -> {
        try {
          return new URLClassLoader("plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()},
              Plugin.class.getClassLoader());
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
