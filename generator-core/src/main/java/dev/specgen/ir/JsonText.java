package dev.specgen.ir;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes plain Java JSON values ({@link JsonValue}) as JSON text. */
final class JsonText {

  private JsonText() {}

  /** Appends {@code value}; {@code indent < 0} writes compactly. */
  static void write(Object value, StringBuilder out, int indent, int level) {
    if (value instanceof Map<?, ?> map) {
      writeMap(map, out, indent, level);
    } else if (value instanceof List<?> list) {
      writeList(list, out, indent, level);
    } else if (value instanceof String text) {
      quote(text, out);
    } else {
      out.append(value); // numbers, booleans and null print as JSON
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out, int indent, int level) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      newline(out, indent, level + 1);
      quote(String.valueOf(entry.getKey()), out);
      out.append(indent < 0 ? ":" : ": ");
      write(entry.getValue(), out, indent, level + 1);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newline(out, indent, level);
    out.append('}');
  }

  private static void writeList(List<?> list, StringBuilder out, int indent, int level) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      newline(out, indent, level + 1);
      write(list.get(i), out, indent, level + 1);
      if (i < list.size() - 1) {
        out.append(',');
      }
    }
    newline(out, indent, level);
    out.append(']');
  }

  private static void newline(StringBuilder out, int indent, int level) {
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * level));
    }
  }

  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
