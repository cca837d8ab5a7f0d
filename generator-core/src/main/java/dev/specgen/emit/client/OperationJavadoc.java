package dev.specgen.emit.client;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Javadoc of an operation's methods. The main method says everything once: the summary and the
 * method and path, the spec's description (Markdown rendered as Javadoc HTML), the scopes, an
 * example with the spec's example values (the docs' compiled snippet), and every tag. The other
 * methods of the operation point to it and carry only their own tags.
 *
 * <p>The scopes: the spec's security requirement lists them, and descriptions often say the same
 * in prose ("Required scope: {@code conversations:read}"). The description is the spec author's
 * text and stays whole; the generated "Required scopes" line is left out when the description
 * already names every scope, so the fact is stated once. Likewise a description that only repeats
 * the summary is left out.
 */
final class OperationJavadoc {

  /** The {@code @param} of the options a call takes. */
  static final String OPTIONS_PARAM = "@param options timeouts, retries and headers for this call";

  private OperationJavadoc() {}

  /**
   * The Javadoc of the operation's main method, {@code op(request, options)}.
   *
   * @param plan the operation
   * @param examples where the example comes from
   * @return the Javadoc, tags included
   */
  static CodeBlock of(OperationPlan plan, OperationExamples examples) {
    CodeBlock.Builder doc = CodeBlock.builder();
    addText(doc, plan.operation());
    if (plan.requestType().isPresent()) {
      examples.of(plan.operation()).ifPresent(code -> doc.add("\n<p>Example, with the spec's example values:\n$L\n",
          Javadocs.codeBlock(code)));
    }
    doc.add("\n");
    plan.requestType().ifPresent(type -> doc.add("$L\n", requestParam(plan)));
    doc.add("$L\n", OPTIONS_PARAM);
    plan.responseType().ifPresent(type -> doc.add("@return $L\n", bodyReturn(plan)));
    RuntimeExceptions.throwsLines(plan).forEach(line -> doc.add("$L\n", line));
    return doc.build();
  }

  // Emits: Summary: <code>GET /path</code>.\n\n<p>Description.\n\n<p>Required scopes: <code>a, b</code>.\n
  private static void addText(CodeBlock.Builder doc, Operation operation) {
    String summary = operation.summary().isBlank()
        ? Javadocs.escape(operation.operationId())
        : Javadocs.inlineMarkdown(operation.summary());
    doc.add("$L: <code>$L $L</code>.\n", summary, operation.method(), Javadocs.escape(operation.path()));
    if (!operation.description().isBlank() && !sameText(operation.description(), operation.summary())) {
      doc.add("\n$L\n", Javadocs.markdownAfterText(operation.description()));
    }
    if (!operation.requiredScopes().isEmpty() && !namesEvery(operation.description(), operation.requiredScopes())) {
      doc.add("\n<p>Required scopes: <code>$L</code>.\n",
          Javadocs.escape(String.join(", ", operation.requiredScopes())));
    }
    if (operation.deprecated()) {
      doc.add("\n<p><b>Deprecated</b> by the API.\n");
    }
  }

  /** The {@code @param} of the request record, naming its builder. */
  static String requestParam(OperationPlan plan) {
    return "@param request the operation's parameters, built with {@link "
        + plan.requestType().orElseThrow().simpleName() + "#builder()}";
  }

  /** The text of the main method's {@code @return}, for the variants that return the same body. */
  static String bodyReturn(OperationPlan plan) {
    return OperationMethods.isStreamed(plan)
        ? "the response body, read as it arrives; the caller closes it"
        : "the decoded response body";
  }

  private static boolean sameText(String description, String summary) {
    return normalized(description).equals(normalized(summary));
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("[.\\s]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether the description already names every scope, so the scope line would repeat it. */
  private static boolean namesEvery(String description, List<String> scopes) {
    return scopes.stream().allMatch(description::contains);
  }

}
