package dev.specgen.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.specgen.emit.JavaFiles;

/**
 * The annotations generated models carry. Models refer to {@code jackson-annotations} only, never
 * to {@code jackson-databind}, so they work with Jackson 2 and 3 alike.
 */
final class JacksonAnnotations {

  private static final String PACKAGE = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_INCLUDE = ClassName.get(PACKAGE, "JsonInclude");
  static final ClassName JSON_CREATOR = ClassName.get(PACKAGE, "JsonCreator");

  /** The simple names of the annotations models use: a model with one of them must not shadow it. */
  static final java.util.Set<String> SIMPLE_NAMES = java.util.Set.of(
      "JsonInclude", "JsonCreator", "JsonProperty", "JsonValue", "JsonAnySetter", "JsonAnyGetter");

  private JacksonAnnotations() {}

  /** {@code @Generated("dev.specgen.emit.model.ModelEmitter")}: no date, so output is stable. */
  static AnnotationSpec generated() {
    return JavaFiles.generatedBy(ModelEmitter.class);
  }

  /** {@code @JsonProperty("_links")}: the wire name, exactly as in the spec. */
  static AnnotationSpec property(String wireName) {
    return AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonProperty"))
        .addMember("value", "$S", wireName)
        .build();
  }

  /** {@code @JsonInclude(JsonInclude.Include.NON_NULL)}: absent values are not written. */
  static AnnotationSpec nonNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
        .build();
  }

  /**
   * {@code @JsonInclude(value = NON_NULL, content = ALWAYS)} for maps: the map is left out when
   * absent, but a {@code null} inside it is written back, whatever the mapper's defaults.
   */
  static AnnotationSpec mapContentAlways() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
        .addMember("content", "$T.Include.ALWAYS", JSON_INCLUDE)
        .build();
  }

  /**
   * {@code @JsonInclude(value = CUSTOM, valueFilter = ModelSupport.Absent.class)} for a record's
   * lists and maps: left out only when absent (an empty one is written), and with {@code
   * contentAlways} a {@code null} inside a map is written back whatever the mapper's defaults.
   *
   * @param support the runtime's {@code ModelSupport} class, which holds the filter
   */
  static AnnotationSpec unlessAbsent(ClassName support, boolean contentAlways) {
    AnnotationSpec.Builder include = AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.CUSTOM", JSON_INCLUDE)
        .addMember("valueFilter", "$T.class", support.nestedClass("Absent"));
    if (contentAlways) {
      include.addMember("content", "$T.Include.ALWAYS", JSON_INCLUDE);
    }
    return include.build();
  }

  /** {@code @JsonCreator(mode = JsonCreator.Mode.DELEGATING)}: reads the whole JSON value. */
  static AnnotationSpec delegatingCreator() {
    return AnnotationSpec.builder(JSON_CREATOR)
        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
        .build();
  }

  static AnnotationSpec jsonValue() {
    return AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonValue")).build();
  }

  static AnnotationSpec anySetter() {
    return AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonAnySetter")).build();
  }

  static AnnotationSpec anyGetter() {
    return AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonAnyGetter")).build();
  }
}
