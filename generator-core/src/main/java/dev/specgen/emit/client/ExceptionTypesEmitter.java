package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.Javadocs;
import dev.specgen.emit.model.Nullness;
import dev.specgen.ir.ApiModel;
import dev.specgen.naming.HttpStatusNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the exceptions of one API: {@code FrontApiException}, a subclass of the runtime's {@code
 * ApiException} that every error response of the API raises, and one subclass of it per error
 * status some operation declares ({@code FrontNotFoundException} for {@code 404}, {@code
 * FrontClientErrorException} for {@code 4XX}, {@code FrontDefaultErrorException} for {@code
 * default}). The client passes their constructors with each request, so the runtime creates them.
 *
 * <p>A subclass's {@code body()} returns the type the operations declare for its status. When they
 * declare different types, it returns {@code Object} (the called operation's type, decoded) and
 * its Javadoc lists the types for {@code errorBody(Class)}; when none declares a JSON body type,
 * there is no {@code body()}.
 */
final class ExceptionTypesEmitter {

  private static final ClassName API_EXCEPTION = ClassName.get(RuntimeExceptions.PACKAGE, "ApiException");
  private static final ClassName FAILED_CALL = ClassName.get(RuntimeExceptions.PACKAGE, "FailedCall");
  private static final ClassName FAILED_RESPONSE = ClassName.get(RuntimeExceptions.PACKAGE, "FailedResponse");

  /**
   * The exception classes of an API.
   *
   * @param model the API
   * @param api the client's operations, for the body types each declares
   * @param context the generated package
   * @return the base class and one file per declared error status
   */
  List<GeneratedFile> emit(ApiModel model, ClientApi api, EmitContext context) {
    String title = Javadocs.escape(model.title());
    ClassName base = ClassName.get(context.packageName(), model.generatedNames().apiException());
    Map<String, ClassName> subclasses = new LinkedHashMap<>();
    model.generatedNames().statusExceptions().forEach((status, name) ->
        subclasses.put(status, ClassName.get(context.packageName(), name)));
    Map<String, Set<ClassName>> bodyTypes = bodyTypes(api);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(file(context, baseType(base, title, subclasses)));
    subclasses.forEach((status, type) -> files.add(file(context,
        statusType(type, base, title, status, bodyTypes.getOrDefault(status, Set.of())))));
    return files;
  }

  /** The body classes declared for each status, over all operations, in the spec's order. */
  private static Map<String, Set<ClassName>> bodyTypes(ClientApi api) {
    Map<String, Set<ClassName>> types = new LinkedHashMap<>();
    for (OperationPlan plan : api.operations()) {
      for (OperationErrors.DeclaredError error : plan.errors().declared()) {
        Set<ClassName> declared = types.computeIfAbsent(error.status(), status -> new LinkedHashSet<>());
        error.bodyType().ifPresent(declared::add);
      }
    }
    return types;
  }

  // Emits: public class FrontApiException extends ApiException { public FrontApiException(...) }
  private static TypeSpec baseType(ClassName base, String title, Map<String, ClassName> subclasses) {
    StringBuilder doc = new StringBuilder("An error response from ").append(title)
        .append(" (a status outside 2xx): the base of the exceptions its client throws for one.\n\n<p>");
    if (subclasses.isEmpty()) {
      doc.append("The spec declares no error responses, so every error status raises this class.\n");
    } else {
      doc.append("Each error status the spec declares raises a subclass with the typed body: ")
          .append(subclasses.entrySet().stream()
              .map(entry -> "{@link " + entry.getValue().simpleName() + "} (" + label(entry.getKey()) + ")")
              .collect(Collectors.joining(", ")))
          .append(". A status the called operation does not declare raises this class itself.\n");
    }
    doc.append("\n<p>Besides the response ({@link #status()}, {@link #headers()}, {@link #bodyText()}) it"
        + " gives the id the server gave the request ({@link #requestId()}) and the method and URL of the"
        + " failed call, credentials masked ({@link #method()}, {@link #url()}).\n");
    return exceptionClass(base, API_EXCEPTION, doc.toString(),
        "a status the called operation declares no exception of its own for");
  }

  // Emits: public class FrontNotFoundException extends FrontApiException { ctor; public ErrorResponse body() }
  private static TypeSpec statusType(
      ClassName type, ClassName base, String title, String status, Set<ClassName> bodyTypes) {
    String doc = title + " answered " + answered(status) + ".\n";
    TypeSpec.Builder builder = exceptionClass(type, base, doc, "a response of " + label(status)).toBuilder();
    if (bodyTypes.size() == 1) {
      builder.addMethod(typedBody(bodyTypes.iterator().next()));
    } else if (bodyTypes.size() > 1) {
      builder.addMethod(untypedBody(bodyTypes));
    }
    return builder.build();
  }

  private static TypeSpec exceptionClass(ClassName type, ClassName parent, String doc, String createdFor) {
    return TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .superclass(parent)
        .addAnnotation(JavaFiles.generatedBy(ClientEmitter.class))
        .addJavadoc("$L", doc)
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Created by the client, for $L.\n", createdFor)
            .addParameter(String.class, "message")
            .addParameter(FAILED_CALL, "call")
            .addParameter(FAILED_RESPONSE, "response")
            .addStatement("super(message, call, response)")
            .build())
        .build();
  }

  private static MethodSpec typedBody(ClassName bodyType) {
    return MethodSpec.methodBuilder("body")
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(bodyType))
        .addJavadoc("The body decoded as {@link $T}; null if the response had none or it did not decode (its\n"
            + "text is in {@link #bodyText()}).\n", bodyType)
        .addStatement("return errorBody($T.class).orElse(null)", bodyType)
        .build();
  }

  private static MethodSpec untypedBody(Set<ClassName> bodyTypes) {
    CodeBlock types = bodyTypes.stream().map(t -> CodeBlock.of("{@link $T}", t)).collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("body")
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(ClassName.get(Object.class)))
        .addJavadoc("Returns the error body, decoded into the type the called operation declares for this"
            + " status. Operations declare different types for it ($L), so read it as one with {@link"
            + " #errorBody(Class)}; null if the response had none or it did not decode.\n", types)
        .addStatement("return errorBody()")
        .build();
  }

  /** {@code 404 Not Found}, {@code 4XX}, {@code default}. */
  private static String label(String status) {
    String phrase = HttpStatusNames.phrase(status);
    return HttpStatusNames.isRange(status) || HttpStatusNames.isDefault(status) || phrase.isEmpty()
        ? "{@code " + status + "}"
        : status + " " + phrase;
  }

  /** What the API answered, as the class Javadoc's first sentence says it. */
  private static String answered(String status) {
    if (HttpStatusNames.isDefault(status)) {
      return "an error status that the called operation describes only by its {@code default} response";
    }
    if (HttpStatusNames.isRange(status)) {
      String phrase = HttpStatusNames.phrase(status);
      return "a " + status.toLowerCase(Locale.ROOT) + " status" + (phrase.isEmpty() ? "" : " (" + phrase + ")")
          + " that the called operation declares only as the range {@code " + status + "}";
    }
    return label(status);
  }

  private static GeneratedFile file(EmitContext context, TypeSpec type) {
    return JavaFiles.file(GeneratedFile.Target.SOURCES, context.packageName(), type, context.specName());
  }
}
