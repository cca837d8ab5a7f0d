package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.Javadocs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the form type of a multipart body: a record with a component per part and a builder, which
 * lays itself out as a streamed {@code MultipartBody}.
 */
final class MultipartTypeEmitter {

  private static final ClassName MULTIPART_FORM = ClassName.get("dev.specgen.runtime.body", "MultipartForm");

  // Emits:
  //   public record UploadPetPhotoMultipart(BinaryData photo, String caption, ...) implements MultipartForm {
  //     public MultipartBody toMultipartBody() { return MultipartBody.builder().file("photo", photo)...build(); }
  //     ... builder() / toBuilder() / Builder as request records have ...
  //   }
  TypeSpec emit(MultipartPlan form, String operationId) {
    List<RequestField> fields = form.parts().stream().map(MultipartTypeEmitter::field).toList();
    Map<String, MultipartPlan.Part> byField = form.parts().stream()
        .collect(Collectors.toMap(part -> part.property().javaName(), part -> part));
    Function<RequestField, String> describe = field -> describe(field, byField.get(field.javaName()));
    String javadoc = "The {@code multipart/form-data} body of <code>" + Javadocs.escape(operationId)
        + "</code>, one component per part; files are read only while the request is sent. Build one with "
        + "{@link #builder()}.\n";
    return RequestTypeEmitter.recordWithBuilder(form.type(), javadoc, fields, describe,
            RequestTypeEmitter.build(form.type(), fields, List.of(), false))
        .addSuperinterface(MULTIPART_FORM)
        .addMethod(toMultipartBody(form))
        .build();
  }

  private static RequestField field(MultipartPlan.Part part) {
    return new RequestField(part.property().javaName(), part.javaType(), part.property().type(),
        part.property().required(), part.property().description(), Optional.empty(), Optional.empty());
  }

  private static MethodSpec toMultipartBody(MultipartPlan form) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder()", BodyPlan.MULTIPART_BODY);
    for (MultipartPlan.Part part : form.parts()) {
      chain.add("\n    $L", partCall(part));
    }
    return MethodSpec.methodBuilder("toMultipartBody")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(BodyPlan.MULTIPART_BODY)
        .addJavadoc("The parts, in the schema's order; absent values add none.\n")
        .addStatement("return $L\n    .build()", chain.build())
        .build();
  }

  private static CodeBlock partCall(MultipartPlan.Part part) {
    String wire = part.property().wireName();
    String field = part.property().javaName();
    return switch (part.kind()) {
      case FILE -> part.contentType()
          .map(type -> CodeBlock.of(".file($S, $N, $S)", wire, field, type))
          .orElse(CodeBlock.of(".file($S, $N)", wire, field));
      case FILES -> part.contentType()
          .map(type -> CodeBlock.of(".files($S, $N, $S)", wire, field, type))
          .orElse(CodeBlock.of(".files($S, $N)", wire, field));
      case TEXT -> CodeBlock.of(".text($S, $N)", wire, field);
      case NESTED -> CodeBlock.of(".nested($S, $N)", wire, field);
      case JSON -> CodeBlock.of(".json($S, $N, $S)", wire, field, part.contentType().orElse("application/json"));
    };
  }

  private static String describe(RequestField field, MultipartPlan.Part part) {
    String how = switch (part.kind()) {
      case FILE -> "file part";
      case FILES -> "file parts, one per file,";
      case TEXT -> "part";
      case NESTED -> "object, sent as bracketed parts";
      case JSON -> "part holding JSON,";
    };
    String text = field.description().isBlank() ? "" : " " + Javadocs.inlineMarkdown(field.description());
    return (field.required() ? "Required " : "Optional ") + how + " <code>" + Javadocs.escape(part.property().wireName())
        + "</code>." + text;
  }
}
