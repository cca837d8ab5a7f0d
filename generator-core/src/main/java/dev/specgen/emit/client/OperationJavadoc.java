package dev.specgen.emit.client;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.Operation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Javadoc of an operation's methods. The main method says everything once: the summary and the
 * method and path, the spec's description (Markdown rendered as Javadoc HTML), the scopes, an
 * example with the spec's example values (the docs' compiled snippet), and the exceptions each
 * declared error status raises with the spec's description of it. Tags that would only restate
 * the signature ({@code @param request}, {@code @param options}, {@code @return} of a decoded
 * body) are left out; the other methods of the operation carry no text of their own.
 *
 * <p>The scopes: the spec's security requirement lists them, and descriptions often say the same
 * in prose ("Required scope: {@code conversations:read}"). The description is the spec author's
 * text and stays whole; the generated "Required scopes" line is left out when the description
 * already names every scope, so the fact is stated once. Likewise a description that only repeats
 * the summary is left out.
 */
final class OperationJavadoc {

  private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    if (OperationMethods.isStreamed(plan)) {
      doc.add("@return the response body, read as it arrives; the caller closes it\n");
    }
    RuntimeExceptions.throwsLines(plan).forEach(line -> doc.add("$L\n", line));
    return doc.build();
  }

  // Emits: Summary: <code>GET /path</code>.\n\n<p>Description.\n\n<p>Required scopes: <code>a, b</code>.\n
  private static void addText(CodeBlock.Builder doc, Operation operation) {
    String summary = operation.summary().isBlank()
        ? Javadocs.escape(operation.operationId())
        : Javadocs.inlineMarkdown(withoutFinalPeriod(operation.summary()));
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

  /** "Lists items." reads "Lists items: <code>GET /items</code>." rather than "Lists items.: ...". */
  private static String withoutFinalPeriod(String summary) {
    String text = summary.strip();
    return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
  }

  private static boolean sameText(String description, String summary) {
    return normalized(description).equals(normalized(summary));
  }

  private static String normalized(String text) {
    String trimmed = TRAILING_DOTS.matcher(text.strip()).replaceAll("");
    return WHITESPACE.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Whether the description already names every scope, so the scope line would repeat it. */
  private static boolean namesEvery(String description, List<String> scopes) {
    return scopes.stream().allMatch(description::contains);
  }

}
