package dev.specgen.ir;

import java.util.Locale;

/** How a client sends or reads a body of a media type. */
public enum MediaKind {
  /** {@code application/json}, any {@code +json} type, and {@code *}{@code /*}. */
  JSON,
  /** {@code application/x-www-form-urlencoded}. */
  FORM,
  /** {@code multipart/form-data}. */
  MULTIPART,
  /** {@code text/*} other than event streams and XML: a string. */
  TEXT,
  /** {@code text/event-stream}: server-sent events (responses only). */
  EVENT_STREAM,
  /** Files, images, archives and any other bytes: streamed. */
  BINARY,
  /** What the client cannot generate: XML, other multipart types. */
  UNSUPPORTED;

  /** The kind of {@code mediaType}; parameters such as {@code charset} are ignored. */
  public static MediaKind of(String mediaType) {
    String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (base.equals("application/json") || base.endsWith("+json") || base.equals("*/*")
        || base.equals("application/*")) {
      return JSON;
    }
    if (base.endsWith("/xml") || base.endsWith("+xml")) {
      return UNSUPPORTED;
    }
    if (base.equals("application/x-www-form-urlencoded")) {
      return FORM;
    }
    if (base.startsWith("multipart/")) {
      return base.equals("multipart/form-data") ? MULTIPART : UNSUPPORTED;
    }
    if (base.equals("text/event-stream")) {
      return EVENT_STREAM;
    }
    if (base.startsWith("text/")) {
      return TEXT;
    }
    return BINARY;
  }
}
