package dev.specgen.bench.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Front "list contact conversations" response bodies, built from the spec's own example. */
public final class FrontPages {

  private static final String CONVERSATION = load();

  private FrontPages() {}

  /** A page of {@code conversations} conversations (ids differ), with a next-page link. */
  public static String page(int conversations) {
    StringBuilder json = new StringBuilder(conversations * 4200 + 200);
    json.append("{\"_pagination\":{\"next\":\"https://api2.frontapp.com/contacts/crd_123/")
        .append("conversations?page_token=7b7d1c0f5a2e4b3c9d8e\"},")
        .append("\"_links\":{\"self\":\"https://api2.frontapp.com/contacts/crd_123/conversations\"},")
        .append("\"_results\":[");
    for (int i = 0; i < conversations; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(CONVERSATION.replace("{{n}}", Integer.toHexString(0x55c8c149 + i)));
    }
    return json.append("]}").toString();
  }

  public static byte[] pageBytes(int conversations) {
    return page(conversations).getBytes(StandardCharsets.UTF_8);
  }

  private static String load() {
    try (InputStream in = FrontPages.class.getResourceAsStream("/front/conversation.json")) {
      if (in == null) {
        throw new IllegalStateException("front/conversation.json is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
