package com.example.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theMockServerRefusesWrongCredentialsLikeTheRealServices() throws Exception {
    try (MockServer mock = MockServer.start()) {
      HttpResponse<String> front = get(mock.baseUrl("front") + "/contacts/crd_123/conversations",
          "Authorization", "Bearer wrong-token");
      assertThat(front.statusCode()).isEqualTo(401);
      assertThat(front.body()).contains("\"_error\"").contains("\"message\":\"Invalid token.\"");

      HttpResponse<String> chatwoot = get(mock.baseUrl("chatwoot")
          + "/api/v1/accounts/1/contacts/42/conversations", "api_access_token", "wrong-token");
      assertThat(chatwoot.statusCode()).isEqualTo(401);
      assertThat(chatwoot.body()).isEqualTo("{\"error\":\"Invalid Access Token\"}");

      HttpResponse<String> inquirly = get(mock.baseUrl("inquirly")
          + "/api/v1/accounts/1/contacts/42/conversations",
          "Authorization", "Bearer " + MockServer.INQUIRLY_TOKEN);
      assertThat(inquirly.statusCode()).isEqualTo(401);

      String search = mock.baseUrl("highlevel") + "/conversations/search?locationId="
          + MockServer.HIGHLEVEL_LOCATION;
      HttpResponse<String> highLevel = get(search, "Authorization", "Bearer wrong-token",
          "Version", "2021-04-15");
      assertThat(highLevel.statusCode()).isEqualTo(401);
      assertThat(highLevel.body()).contains("\"message\":\"Invalid token: access token is invalid\"");

      HttpResponse<String> noVersion = get(search,
          "Authorization", "Bearer " + MockServer.HIGHLEVEL_TOKEN);
      assertThat(noVersion.statusCode()).isEqualTo(400);
    }
  }

  @Test
  void aRefusedTokenIsReportedAsOneReadableLinePerProvider() throws Exception {
    try (MockServer mock = MockServer.start()) {
      Run run = Run.of(Map.ofEntries(
          Map.entry("FRONT_API_TOKEN", "wrong-token"),
          Map.entry("FRONT_BASE_URL", mock.baseUrl("front")),
          Map.entry("FRONT_CONTACT_ID", MockServer.FRONT_CONTACT),
          Map.entry("CHATWOOT_API_TOKEN", "wrong-token"),
          Map.entry("CHATWOOT_BASE_URL", mock.baseUrl("chatwoot")),
          Map.entry("CHATWOOT_ACCOUNT_ID", "1"),
          Map.entry("CHATWOOT_CONTACT_ID", "42"),
          Map.entry("HIGHLEVEL_API_TOKEN", "wrong-token"),
          Map.entry("HIGHLEVEL_BASE_URL", mock.baseUrl("highlevel")),
          Map.entry("HIGHLEVEL_LOCATION_ID", MockServer.HIGHLEVEL_LOCATION),
          Map.entry("HIGHLEVEL_CONTACT_ID", MockServer.HIGHLEVEL_CONTACT),
          Map.entry("INQUIRLY_BASE_URL", mock.baseUrl("inquirly")),
          Map.entry("INQUIRLY_ACCOUNT_ID", "1"),
          Map.entry("INQUIRLY_CONTACT_ID", "42")));

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err().lines()).containsExactly(
          "Front: HTTP 401 Unauthorized - Invalid token.",
          "Chatwoot: HTTP 401 Unauthorized - Invalid Access Token",
          "HighLevel: HTTP 401 Unauthorized - Invalid token: access token is invalid",
          "Inquirly: HTTP 401 Unauthorized - Invalid Access Token");
      assertThat(run.rows()).isEmpty();
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void anUnknownContactIsReportedWithTheServicesMessage() throws Exception {
    try (MockServer mock = MockServer.start()) {
      Run run = Run.of(Map.of("FRONT_API_TOKEN", MockServer.FRONT_TOKEN),
          "--front-base-url", mock.baseUrl("front"), "--front-contact-id", "crd_999");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("Front: HTTP 404 Not Found - Unknown contact ID crd_999"
          + System.lineSeparator());
    }
  }

  private HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).headers(headers).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
