package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The URL text built without parsing is exactly what parsing would give. */
class TargetUrlTest {

  @Test
  void queryPairsFollowThePathOrTheQueryAlreadyThere() {
    assertThat(TargetUrl.withQueryText("http://h:8080/a/b", List.of()))
        .isEqualTo("http://h:8080/a/b");
    assertThat(TargetUrl.withQueryText("http://h:8080/a/b", List.of("limit=25", "q%5Bstatus%5D=open")))
        .isEqualTo("http://h:8080/a/b?limit=25&q%5Bstatus%5D=open");
    assertThat(TargetUrl.withQueryText("http://h/next?page_token=x", List.of("limit=25")))
        .isEqualTo("http://h/next?page_token=x&limit=25");
    assertThat(TargetUrl.withQuery("http://h/a", List.of("limit=25")))
        .isEqualTo(URI.create("http://h/a?limit=25"));
  }

  @Test
  void theRawPathIsTheOneUriGives() {
    for (String url : List.of("http://h:8080/api/v1/accounts/1/contacts/%2F42/conversations",
        "https://api.example.com", "https://api.example.com/", "http://user@h/x", "http://[::1]:80/p")) {
      assertThat(TargetUrl.rawPath(url)).as(url).isEqualTo(URI.create(url).getRawPath());
    }
  }
}
