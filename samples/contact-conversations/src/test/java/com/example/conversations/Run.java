package com.example.conversations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One run of {@link Main} with its exit code and what it printed. */
record Run(int code, String out, String err) {

  static Run of(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The table's rows, each split into its cells. */
  List<List<String>> rows() {
    return out.lines()
        .filter(line -> line.matches("(Front|Chatwoot|HighLevel|Inquirly) .*"))
        .map(line -> Arrays.asList(line.split(" {2,}")))
        .toList();
  }

  /** The rows of one provider. */
  List<List<String>> rows(String provider) {
    return rows().stream().filter(row -> row.get(0).equals(provider)).toList();
  }

  /** The conversation ids of one provider, in the printed order. */
  List<String> ids(String provider) {
    return rows(provider).stream().map(row -> row.get(1)).toList();
  }
}
