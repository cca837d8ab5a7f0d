package com.example.conversations;

import com.example.conversations.Settings.UsageException;
import com.example.front.FrontNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.SpecgenException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lists one contact's conversations on Front, Chatwoot, HighLevel and Inquirly and prints them as a
 * table. See {@link Settings#USAGE} for the options; with none it lists from {@link MockServer}.
 */
public final class Main {

  /** Page size used with the mock server, so that Front and HighLevel answer in several pages. */
  static final int MOCK_PAGE_SIZE = 2;

  private Main() {}

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the options, see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.getenv(), System.out, System.err));
  }

  /**
   * Runs the program.
   *
   * @param args the options
   * @param env the environment variables to read settings from
   * @param out where the table goes
   * @param err where problems go
   * @return 0 when every provider answered, 1 when one failed, 2 when the options are wrong
   */
  public static int run(List<String> args, Map<String, String> env, PrintStream out,
      PrintStream err) {
    Settings settings;
    try {
      settings = Settings.parse(args, env);
    } catch (UsageException e) {
      err.println("contact-conversations: " + e.getMessage());
      err.println("Run with --help to see the options.");
      return 2;
    }
    if (settings.help()) {
      out.print(Settings.USAGE);
      return 0;
    }
    if (!settings.mock()) {
      return list(settings, out, err);
    }
    try (MockServer mock = MockServer.start()) {
      out.println("Listing from the mock server at " + mock.origin() + " (pages of "
          + settings.pageSize().orElse(MOCK_PAGE_SIZE) + "); --help shows how to list from the"
          + " real services.");
      out.println();
      int code = list(new Settings(Optional.of(mock.front()), Optional.of(mock.chatwoot()),
          Optional.of(mock.highLevel()), Optional.of(mock.inquirly()),
          Optional.of(settings.pageSize().orElse(MOCK_PAGE_SIZE)), true, false), out, err);
      out.println();
      out.println("Requests the mock server answered:");
      mock.log().forEach(line -> out.println("  " + line));
      return code;
    } catch (IOException e) {
      err.println("contact-conversations: cannot start the mock server: " + e.getMessage());
      return 1;
    }
  }

  /** Lists from every configured provider, prints the table, and reports failures one per line. */
  static int list(Settings settings, PrintStream out, PrintStream err) {
    Map<String, Optional<Supplier<List<Row>>>> providers = new LinkedHashMap<>();
    providers.put("Front", settings.front().map(t -> () -> Providers.front(t, settings.pageSize())));
    providers.put("Chatwoot", settings.chatwoot().map(t -> () -> Providers.chatwoot(t)));
    providers.put("HighLevel",
        settings.highLevel().map(t -> () -> Providers.highLevel(t, settings.pageSize())));
    providers.put("Inquirly", settings.inquirly().map(t -> () -> Providers.inquirly(t)));

    List<Row> rows = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    providers.forEach((provider, lister) -> {
      if (lister.isEmpty()) {
        skipped.add(provider);
        return;
      }
      try {
        List<Row> listed = lister.get().get();
        rows.addAll(listed);
        counts.add(provider + " " + listed.size());
      } catch (RuntimeException e) {
        failures.add(describe(provider, e));
      }
    });

    out.print(Table.render(rows));
    out.println();
    out.println(rows.size() + " conversation(s)"
        + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + ".");
    if (rows.stream().anyMatch(r -> r.provider().equals("HighLevel"))) {
      out.println("* HighLevel returns no creation time; the time of the last message is shown.");
    }
    if (!skipped.isEmpty()) {
      out.println("Not configured, skipped: " + String.join(", ", skipped) + " (see --help).");
    }
    failures.forEach(err::println);
    return failures.isEmpty() ? 0 : 1;
  }

  /** One readable line: the provider, the status and the service's own message. */
  static String describe(String provider, RuntimeException e) {
    if (e instanceof FrontNotFoundException notFound && notFound.body() != null) {
      // Front declares its 404 body, so the generated exception hands it over typed.
      return provider + ": HTTP 404 Not Found - " + notFound.body().error().message();
    }
    if (e instanceof ApiException api) {
      return provider + ": HTTP " + api.status() + reason(api.status())
          + serviceMessage(api.bodyText()).map(m -> " - " + m).orElse("");
    }
    if (e instanceof SpecgenException) {
      return provider + ": " + e.getMessage();
    }
    return provider + ": failed: " + e.getMessage();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 422 -> " Unprocessable Entity";
      case 429 -> " Too Many Requests";
      default -> status >= 500 ? " Server Error" : "";
    };
  }

  /**
   * The message in an error body, whichever provider's shape it has: Front's
   * {@code _error.message}, HighLevel's {@code message} (a text or a list), Chatwoot's {@code error}
   * or {@code description}.
   */
  static Optional<String> serviceMessage(String body) {
    try {
      JsonNode json = new ObjectMapper().readTree(body);
      for (JsonNode candidate : List.of(json.path("_error").path("message"), json.path("message"),
          json.path("error"), json.path("description"), json.path("errors").path(0))) {
        if (candidate.isTextual() && !candidate.asText().isBlank()) {
          return Optional.of(candidate.asText());
        }
        if (candidate.isArray() && candidate.size() > 0) {
          return Optional.of(candidate.get(0).asText());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: fall through
    }
    String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? Optional.empty()
        : Optional.of(text.length() > 120 ? text.substring(0, 117) + "..." : text);
  }
}
