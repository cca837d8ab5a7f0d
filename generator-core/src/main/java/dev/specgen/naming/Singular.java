package dev.specgen.naming;

import java.util.Locale;

/**
 * The singular of an English plural, by the few rules that cover API field names: {@code statuses}
 * to {@code status}, {@code categories} to {@code category}, {@code addresses} to {@code address},
 * {@code tags} to {@code tag}. A name these rules do not shorten ({@code data}, {@code status})
 * comes back unchanged, so the caller can tell it has no singular of its own.
 */
public final class Singular {

  private Singular() {}

  /**
   * The singular of {@code plural}, judged by how it ends, in any case.
   *
   * @param plural a name such as {@code statuses} or {@code inboxIds}
   * @return the singular, or {@code plural} itself when it does not look like a plural
   */
  public static String of(String plural) {
    String lower = plural.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && plural.length() > 4) {
      return plural.substring(0, plural.length() - 3) + (Character.isUpperCase(plural.charAt(plural.length() - 1)) ? "Y" : "y");
    }
    for (String ending : new String[] {"uses", "sses", "xes", "ches", "shes", "zzes"}) {
      if (lower.endsWith(ending) && plural.length() > ending.length()) {
        return plural.substring(0, plural.length() - 2);
      }
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
        && plural.length() > 2) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
