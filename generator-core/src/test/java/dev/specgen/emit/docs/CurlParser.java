package dev.specgen.emit.docs;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a curl command as a POSIX shell would (single and double quotes, backslash escapes, line
 * continuations, {@code $VARIABLE} expansion) and then as curl would, for the options the docs use.
 */
final class CurlParser {

  /**
   * The request curl would send.
   *
   * @param headers lower-case names to values
   */
  record Request(String method, String url, Map<String, String> headers, String data) {}

  private CurlParser() {}

  static Request parse(String command, Map<String, String> environment) {
    List<String> words = words(command, environment);
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("not a curl command: " + command);
    }
    String method = null;
    String url = null;
    String data = null;
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < words.size(); i++) {
      String option = words.get(i);
      String value = i + 1 < words.size() ? words.get(i + 1) : null;
      switch (option) {
        case "--request", "-X" -> method = value;
        case "--url" -> url = value;
        case "--header", "-H" -> {
          int colon = value.indexOf(':');
          headers.put(value.substring(0, colon).strip().toLowerCase(Locale.ROOT), value.substring(colon + 1).strip());
        }
        case "--user", "-u" -> headers.put("authorization",
            "Basic " + Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        case "--cookie", "-b" -> headers.put("cookie", value);
        case "--data", "-d", "--data-raw" -> data = value;
        default -> throw new IllegalArgumentException("unexpected curl argument " + option);
      }
      i++;
    }
    if (method == null) {
      method = data == null ? "GET" : "POST";
    }
    return new Request(method, url, headers, data);
  }

  /** Splits a command into words the way a POSIX shell does. */
  static List<String> words(String command, Map<String, String> environment) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < command.length()) {
      char c = command.charAt(i);
      if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
        i += 2;
      } else if (c == ' ' || c == '\n' || c == '\t') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        if (c == '\'') {
          int end = command.indexOf('\'', i + 1);
          word.append(command, i + 1, end);
          i = end + 1;
        } else if (c == '"') {
          i = doubleQuoted(command, i + 1, word, environment);
        } else if (c == '\\') {
          word.append(command.charAt(i + 1));
          i += 2;
        } else if (c == '$') {
          i = variable(command, i + 1, word, environment);
        } else {
          word.append(c);
          i++;
        }
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private static int doubleQuoted(String command, int from, StringBuilder word, Map<String, String> environment) {
    int i = from;
    while (command.charAt(i) != '"') {
      char c = command.charAt(i);
      if (c == '\\' && "$`\"\\\n".indexOf(command.charAt(i + 1)) >= 0) {
        word.append(command.charAt(i + 1));
        i += 2;
      } else if (c == '$') {
        i = variable(command, i + 1, word, environment);
      } else {
        word.append(c);
        i++;
      }
    }
    return i + 1;
  }

  private static int variable(String command, int from, StringBuilder word, Map<String, String> environment) {
    int end = from;
    while (end < command.length() && (Character.isLetterOrDigit(command.charAt(end)) || command.charAt(end) == '_')) {
      end++;
    }
    String name = command.substring(from, end);
    if (!environment.containsKey(name)) {
      throw new IllegalArgumentException("the command uses $" + name + ", which the test does not set");
    }
    word.append(environment.get(name));
    return end;
  }
}
