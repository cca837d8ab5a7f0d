package dev.specgen.naming;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the error statuses an OpenAPI operation can declare, for the exception class of each:
 * {@code 404} is {@code NotFound} ("Not Found"), the range {@code 4XX} is {@code ClientError},
 * {@code default} is {@code DefaultError}, and a code without a common reason phrase is {@code
 * Status418}.
 */
public final class HttpStatusNames {

  /** The reason phrases of RFC 9110 (and 429 of RFC 6585) for the codes APIs commonly declare. */
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
      Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"),
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
      Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
      Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Range Not Satisfiable"),
      Map.entry(417, "Expectation Failed"), Map.entry(421, "Misdirected Request"),
      Map.entry(422, "Unprocessable Entity"), Map.entry(423, "Locked"), Map.entry(424, "Failed Dependency"),
      Map.entry(425, "Too Early"), Map.entry(426, "Upgrade Required"), Map.entry(428, "Precondition Required"),
      Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(451, "Unavailable For Legal Reasons"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
      Map.entry(505, "HTTP Version Not Supported"), Map.entry(507, "Insufficient Storage"),
      Map.entry(511, "Network Authentication Required"));

  /** The names of the status classes OpenAPI's {@code 1XX} to {@code 5XX} keys stand for. */
  private static final Map<Character, String> RANGES = Map.of(
      '1', "Informational", '3', "Redirection", '4', "Client Error", '5', "Server Error");

  /** Codes first, then ranges, then {@code default}: the order the exception classes are listed in. */
  public static final Comparator<String> ORDER =
      Comparator.comparingInt(HttpStatusNames::rank).thenComparing(key -> key.toUpperCase(Locale.ROOT));

  private HttpStatusNames() {}

  /**
   * The part of an exception class name that stands for a status key.
   *
   * @param status a code ({@code 404}), a range ({@code 4XX}) or {@code default}
   * @return {@code NotFound}, {@code ClientError}, {@code DefaultError} or {@code Status418}
   */
  public static String stem(String status) {
    String phrase = phrase(status);
    return phrase.isEmpty() ? "Status" + status.toUpperCase(Locale.ROOT) : phrase.replaceAll("[^A-Za-z]", "");
  }

  /**
   * The words a status key stands for.
   *
   * @param status a code, a range or {@code default}
   * @return {@code Not Found}, {@code Client Error}, {@code Default Error}, or empty for a code
   *     without a common reason phrase
   */
  public static String phrase(String status) {
    if (isDefault(status)) {
      return "Default Error";
    }
    if (isRange(status)) {
      return RANGES.getOrDefault(status.charAt(0), "");
    }
    try {
      return PHRASES.getOrDefault(Integer.parseInt(status), "");
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /**
   * Whether the key is a range such as {@code 4XX}.
   *
   * @param status the response key
   * @return true for a digit followed by {@code XX}, in either case
   */
  public static boolean isRange(String status) {
    return status.length() == 3 && Character.isDigit(status.charAt(0))
        && status.substring(1).equalsIgnoreCase("XX");
  }

  /**
   * Whether the key is {@code default}.
   *
   * @param status the response key
   * @return true for {@code default}
   */
  public static boolean isDefault(String status) {
    return status.equals("default");
  }

  private static int rank(String status) {
    return isDefault(status) ? 2 : isRange(status) ? 1 : 0;
  }
}
