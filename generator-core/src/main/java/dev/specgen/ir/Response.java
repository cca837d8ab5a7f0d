package dev.specgen.ir;

import java.util.List;

/**
 * A response of an operation.
 *
 * @param status a status code ({@code 200}), a range ({@code 4XX}) or {@code default}
 */
public record Response(String status, String description, List<MediaType> content, List<Header> headers) {

  public Response {
    content = List.copyOf(content);
    headers = List.copyOf(headers);
  }

  /** A 2xx status or the {@code 2XX} range. */
  public boolean isSuccess() {
    return status.startsWith("2");
  }

  public boolean isDefault() {
    return status.equals("default");
  }

  /** A response header. */
  public record Header(String name, TypeRef type, String description) {}
}
