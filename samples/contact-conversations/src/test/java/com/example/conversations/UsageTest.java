package com.example.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageTest {

  @Test
  void helpPrintsTheOptionsAndExitsWithZero() {
    Run run = Run.of(Map.of(), "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: contact-conversations [options]")
        .contains("--front-base-url", "FRONT_API_TOKEN", "--chatwoot-account-id",
            "--highlevel-location-id", "INQUIRLY_API_TOKEN", "Exit codes");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertUsageError(Run.of(Map.of(), "--frnt-base-url", "https://gw.example.com"),
        "contact-conversations: unknown option --frnt-base-url");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertUsageError(Run.of(Map.of(), "--front-base-url"),
        "contact-conversations: option --front-base-url needs a value");
    assertUsageError(Run.of(Map.of(), "--front-contact-id", "--mock"),
        "contact-conversations: option --front-contact-id needs a value");
  }

  @Test
  void aProviderWithoutItsContactIsAUsageError() {
    assertUsageError(Run.of(Map.of("FRONT_API_TOKEN", "secret-token")),
        "contact-conversations: --front-contact-id (or FRONT_CONTACT_ID) is missing"
            + " (needed because FRONT_API_TOKEN is set)");
    assertUsageError(Run.of(Map.of(), "--inquirly-account-id", "1", "--inquirly-contact-id", "2"),
        "contact-conversations: --inquirly-base-url (or INQUIRLY_BASE_URL) is missing"
            + " (needed because INQUIRLY_ACCOUNT_ID, INQUIRLY_CONTACT_ID are set)");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertUsageError(Run.of(Map.of(), "--chatwoot-account-id", "one", "--chatwoot-contact-id", "2"),
        "contact-conversations: --chatwoot-account-id (or CHATWOOT_ACCOUNT_ID) must be a whole"
            + " number, not 'one'");
    assertUsageError(Run.of(Map.of(), "--page-size", "500"),
        "contact-conversations: --page-size must be a whole number from 1 to 100, not '500'");
    assertUsageError(Run.of(Map.of(), "--front-base-url", "ftp://files.example.com",
            "--front-contact-id", "crd_1"),
        "contact-conversations: --front-base-url (or FRONT_BASE_URL) must be an http or https URL"
            + " without query, e.g. https://chat.example.org: ftp://files.example.com");
    assertUsageError(Run.of(Map.of(), "stray"),
        "contact-conversations: unexpected argument 'stray' (options start with --)");
  }

  @Test
  void theTokenIsNeverEchoed() {
    Run run = Run.of(Map.of("HIGHLEVEL_API_TOKEN", "secret-token"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out() + run.err()).doesNotContain("secret-token");
  }

  @Test
  void mockIgnoresTheEnvironmentButNotConflictingOptions() {
    Run fromEnv = Run.of(Map.of("FRONT_API_TOKEN", "secret-token"), "--mock");
    assertThat(fromEnv.code()).isZero();
    assertThat(fromEnv.rows()).hasSize(13);

    assertUsageError(Run.of(Map.of(), "--mock", "--front-contact-id", "crd_1"),
        "contact-conversations: --mock cannot be combined with --front-contact-id");
  }

  private static void assertUsageError(Run run, String message) {
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(message, "Run with --help to see the options.");
  }
}
