package dev.specgen.emit.client;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.Operation;

/** Javadoc of an operation's main methods: what it does, what it needs, what it throws. */
final class OperationJavadoc {

  private OperationJavadoc() {}

  static CodeBlock of(OperationPlan plan) {
    Operation operation = plan.operation();
    CodeBlock.Builder doc = CodeBlock.builder();
    String summary = operation.summary().isBlank() ? operation.operationId() : operation.summary();
    doc.add("$L: {@code $L $L}.\n", Javadocs.escape(summary), operation.method(),
        Javadocs.escape(operation.path()));
    if (!operation.description().isBlank()) {
      doc.add("\n<p>$L\n", Javadocs.escape(operation.description()));
    }
    if (!operation.requiredScopes().isEmpty()) {
      doc.add("\n<p>Required scopes: {@code $L}.\n", Javadocs.escape(String.join(", ", operation.requiredScopes())));
    }
    if (operation.deprecated()) {
      doc.add("\n<p><b>Deprecated</b> by the API.\n");
    }
    plan.requestType().ifPresent(type -> doc.add("\n<p>Example:\n<pre>{@code\n$L}</pre>\n",
        Javadocs.escape(example(plan))));
    doc.add("\n");
    plan.requestType().ifPresent(type -> doc.add("@param request the operation's parameters\n"));
    doc.add("@param options timeouts, retries and headers for this call\n");
    plan.responseType().ifPresent(type -> doc.add(OperationMethods.isStreamed(plan)
        ? "@return the response body, read as it arrives; the caller closes it\n"
        : "@return the decoded response body\n"));
    for (String line : RuntimeExceptions.throwsLines(plan)) {
      doc.add("$L\n", line);
    }
    return doc.build();
  }

  private static String example(OperationPlan plan) {
    StringBuilder code = new StringBuilder();
    code.append("var result = client.").append(plan.operation().javaName()).append("(")
        .append(plan.requestType().orElseThrow().simpleName()).append(".builder()");
    plan.fields().stream().filter(RequestField::required)
        .forEach(f -> code.append("\n    .").append(f.javaName()).append("(...)"));
    return code.append("\n    .build());\n").toString();
  }
}
