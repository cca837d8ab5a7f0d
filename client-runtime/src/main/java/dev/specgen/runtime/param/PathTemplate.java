package dev.specgen.runtime.param;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {name}} placeholders of an OpenAPI path template with encoded values. */
public final class PathTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

  private PathTemplate() {}

  /**
   * Replaces each placeholder with its value, which must already be encoded.
   *
   * @param template a path template such as {@code /contacts/{contact_id}/notes}
   * @param encodedValues placeholder names to encoded segment text
   * @return the expanded path
   * @throws IllegalArgumentException if a placeholder has no value, or a value has no placeholder
   */
  public static String expand(String template, Map<String, String> encodedValues) {
    Set<String> unused = new TreeSet<>(encodedValues.keySet());
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = encodedValues.get(name);
      if (value == null) {
        throw new IllegalArgumentException("No value for path parameter '" + name + "' of " + template);
      }
      unused.remove(name);
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("Path parameters " + unused + " do not appear in " + template);
    }
    return out.toString();
  }
}
