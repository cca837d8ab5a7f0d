package dev.specgen.emit.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a received {@code multipart/form-data} body into its parts, as a server would. */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("; filename=\"([^\"]*)\"");

  /** One part: its headers (lower-case names), name, file name (or null) and bytes. */
  record Part(Map<String, String> headers, String name, String fileName, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    String contentType() {
      return headers.get("content-type");
    }
  }

  private Multipart() {}

  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw new AssertionError("no boundary in " + contentType);
    }
    // ISO-8859-1 maps every byte to one char, so splitting text splits the bytes exactly.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    if (!text.endsWith(delimiter + "--\r\n")) {
      throw new AssertionError("the body does not end with the closing boundary");
    }
    List<Part> parts = new ArrayList<>();
    String[] chunks = text.substring(0, text.length() - (delimiter + "--\r\n").length()).split(
        Pattern.quote(delimiter + "\r\n"), -1);
    for (int i = 1; i < chunks.length; i++) {
      parts.add(part(chunks[i].substring(0, chunks[i].length() - 2))); // the CRLF before the next boundary
    }
    return parts;
  }

  private static Part part(String chunk) {
    int end = chunk.indexOf("\r\n\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : chunk.substring(0, end).split("\r\n")) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
    }
    String disposition = headers.get("content-disposition");
    Matcher name = NAME.matcher(disposition);
    Matcher fileName = FILE_NAME.matcher(disposition);
    return new Part(headers, name.find() ? name.group(1) : null, fileName.find() ? fileName.group(1) : null,
        chunk.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1));
  }
}
