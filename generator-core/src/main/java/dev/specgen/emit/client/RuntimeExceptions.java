package dev.specgen.emit.client;

import dev.specgen.emit.Javadocs;
import dev.specgen.ir.ApiModel;
import dev.specgen.naming.HttpStatusNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exception a response status raises, as generated Javadoc and docs name it: the API's own
 * class for each declared status ({@code FrontNotFoundException}), its base class ({@code
 * FrontApiException}) for the others, all generated beside the client by {@link
 * ExceptionTypesEmitter}.
 */
public final class RuntimeExceptions {

  /** The package of the runtime's exceptions. */
  public static final String PACKAGE = "dev.specgen.runtime.error";

  private RuntimeExceptions() {}

  /**
   * The simple name of the exception an error status raises.
   *
   * @param model the API
   * @param status the declared status ({@code 404}, {@code 5XX}, {@code default})
   * @return e.g. {@code FrontNotFoundException}
   */
  public static String forStatus(ApiModel model, String status) {
    return model.generatedNames().statusException(status);
  }

  /**
   * The simple name of the API's base exception, which every error status raises.
   *
   * @param model the API
   * @return e.g. {@code FrontApiException}
   */
  public static String base(ApiModel model) {
    return model.generatedNames().apiException();
  }

  /**
   * The {@code @throws} lines of an operation's method: one per declared error status, one for the
   * base exception unless a {@code default} response covers every other status. Failures without a
   * response ({@code SpecgenException}) are the same for every method and said once, on the client
   * class. The generated classes share the client's package, so their simple names resolve.
   *
   * @param plan the operation
   * @return the lines, each starting with {@code @throws}
   */
  static List<String> throwsLines(OperationPlan plan) {
    List<String> lines = new ArrayList<>();
    OperationErrors errors = plan.errors();
    for (OperationErrors.DeclaredError error : errors.declared()) {
      String description = error.description().isBlank() ? "" : " (" + Javadocs.inlineMarkdown(error.description()) + ")";
      lines.add("@throws " + error.exception().simpleName() + " on " + when(error.status()) + description);
    }
    errors.otherErrors().ifPresent(base -> lines.add("@throws " + base.simpleName() + " on any "
        + (errors.declared().isEmpty() ? "" : "other ") + "error status"));
    return lines;
  }

  private static String when(String status) {
    if (HttpStatusNames.isDefault(status)) {
      return "any other error status";
    }
    return status.toLowerCase(Locale.ROOT) + (HttpStatusNames.isRange(status) ? " statuses" : "");
  }
}
