package dev.specgen.ir;

import java.util.List;

/** An operation's request body, with one entry per media type. */
public record RequestBody(boolean required, String description, List<MediaType> content) {

  public RequestBody {
    content = List.copyOf(content);
  }
}
