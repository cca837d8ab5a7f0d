package dev.specgen.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a type, an enum). A name already taken gets
 * the lowest free numeric suffix: {@code Conversation}, {@code Conversation2}. Names compare
 * ignoring case, because generated files must not collide on case-insensitive file systems.
 */
public final class NameScope {

  private final Set<String> taken = new HashSet<>();
  private final String separator;

  /** A scope whose suffixes follow the name directly ({@code Name2}). */
  public NameScope() {
    this("");
  }

  /** A scope whose suffixes are joined with {@code separator} ({@code NAME_2}). */
  public NameScope(String separator) {
    this.separator = separator;
  }

  /** Marks {@code name} as taken without handing it out. */
  public void reserve(String name) {
    taken.add(key(name));
  }

  public boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** {@code candidate} if free, else {@code candidate} with the lowest free suffix from 2. */
  public String allocate(String candidate) {
    String name = candidate;
    for (int suffix = 2; taken.contains(key(name)); suffix++) {
      name = candidate + separator + suffix;
    }
    taken.add(key(name));
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
