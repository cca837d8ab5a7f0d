package dev.specgen.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Types plain scalars by the YAML 1.2 core schema. Unlike YAML 1.1, {@code on}, {@code off},
 * {@code yes}, {@code no}, {@code y} and {@code n} are plain strings here.
 */
final class CoreSchemaScalars {

  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?(\\.inf|\\.Inf|\\.INF)");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.nan|\\.NaN|\\.NAN");

  private CoreSchemaScalars() {}

  /** The typed value of a plain (unquoted, untagged) scalar. */
  static Object resolvePlain(String text) {
    if (NULL.matcher(text).matches()) {
      return null;
    }
    if (TRUE.matcher(text).matches()) {
      return Boolean.TRUE;
    }
    if (FALSE.matcher(text).matches()) {
      return Boolean.FALSE;
    }
    if (DECIMAL_INT.matcher(text).matches()) {
      return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }
    if (OCTAL_INT.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 8);
    }
    if (HEX_INT.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 16);
    }
    if (FLOAT.matcher(text).matches()) {
      return decimal(text.startsWith("+") ? text.substring(1) : text);
    }
    if (INFINITY.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NOT_A_NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    return text;
  }

  /** The exact decimal; a double (infinite or zero) when the exponent is beyond a decimal's range. */
  private static Object decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) { // "Exponent overflow." for 1e9999999999
      return Double.parseDouble(text);
    }
  }
}
