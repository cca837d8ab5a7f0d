package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.specgen.ir.EpochFormats;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.NameScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * {@code Instant} accessors next to the raw value of time properties ({@code createdAtInstant()}
 * beside {@code createdAt()}), so that callers need not know how the API writes time.
 *
 * <p>The rule: a {@code date-time} string always has one. An integer or number has one when it is
 * epoch time, for which OpenAPI has no standard format, so it is recognised by a format specs use
 * for it ({@link EpochFormats}: {@code unix-time}, {@code timestamp}, ...), its description or its
 * name: a description that mentions the Unix epoch ({@code "seconds since the epoch"}, {@code
 * "Unix timestamp"}), or a wire name that says it is a point in time ({@code created_at}, {@code
 * updatedAt}, {@code timestamp}, {@code sent_timestamp}). The unit is seconds unless the
 * description or the name says milliseconds ({@code "milliseconds since the epoch"}, {@code
 * created_at_ms}).
 */
final class InstantViews {

  /** How a property's raw value becomes an {@code Instant}. */
  enum Kind {
    /** {@code OffsetDateTime.toInstant()} */
    DATE_TIME,
    /** seconds since the Unix epoch, a fraction kept */
    EPOCH_SECONDS,
    /** milliseconds since the Unix epoch */
    EPOCH_MILLIS
  }

  /** {@code created_at}, {@code updatedAt}, {@code timestamp}, {@code sent_timestamp}, {@code created_at_ms}. */
  private static final Pattern TIME_NAME =
      Pattern.compile("((^|_)at|[a-z0-9]At|(^|_)timestamp|[a-z0-9]Timestamp)(_ms|Ms)?$");
  /** {@code created_at_ms}, {@code sentAtMs}. */
  private static final Pattern MILLIS_NAME = Pattern.compile("(_ms|[a-z0-9]Ms)$");

  private InstantViews() {}

  /** How {@code property} reads as an {@code Instant}; empty when it is not a point in time. */
  static Optional<Kind> kind(Property property) {
    if (!(property.type() instanceof TypeRef.Primitive primitive)) {
      return Optional.empty();
    }
    if (primitive.kind() == PrimitiveType.DATE_TIME) {
      return Optional.of(Kind.DATE_TIME);
    }
    if (!isNumeric(primitive.kind()) || !isEpochTime(property)) {
      return Optional.empty();
    }
    boolean millis = !EpochFormats.isEpochSeconds(property.format())
        && (property.description().toLowerCase(Locale.ROOT).contains("millisecond")
            || MILLIS_NAME.matcher(property.wireName()).find());
    return Optional.of(millis ? Kind.EPOCH_MILLIS : Kind.EPOCH_SECONDS);
  }

  private static boolean isNumeric(PrimitiveType kind) {
    return switch (kind) {
      case INT32, INT64, FLOAT, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  private static boolean isEpochTime(Property property) {
    String description = property.description().toLowerCase(Locale.ROOT);
    return EpochFormats.isEpochSeconds(property.format()) || description.contains("epoch") || description.contains("unix")
        || TIME_NAME.matcher(property.wireName()).find();
  }

  // Emits:
  //   /** Returns created_at as an Instant ... */
  //   public @Nullable Instant createdAtInstant() { return ModelSupport.epochSeconds(createdAt); }
  static List<MethodSpec> accessors(List<Property> properties, NameScope taken, ClassName support) {
    List<MethodSpec> accessors = new ArrayList<>();
    for (Property property : properties) {
      kind(property).ifPresent(kind -> accessors.add(accessor(property, kind, taken, support)));
    }
    return accessors;
  }

  private static MethodSpec accessor(Property property, Kind kind, NameScope taken, ClassName support) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(taken.allocate(property.javaName() + "Instant"))
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(ClassName.get(Instant.class)))
        .addJavadoc("$L as an {@link $T}$L.\n",
            ModelDocs.code(property.wireName()), Instant.class, unit(kind));
    switch (kind) {
      case DATE_TIME -> method.addStatement("return $N == null ? null : $N.toInstant()", property.javaName(),
          property.javaName());
      case EPOCH_SECONDS -> method.addStatement("return $T.epochSeconds($N)", support, property.javaName());
      case EPOCH_MILLIS -> method.addStatement("return $T.epochMillis($N)", support, property.javaName());
    }
    if (property.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method.build();
  }

  private static String unit(Kind kind) {
    return switch (kind) {
      case DATE_TIME -> "";
      case EPOCH_SECONDS -> " (the value is seconds since the Unix epoch)";
      case EPOCH_MILLIS -> " (the value is milliseconds since the Unix epoch)";
    };
  }
}
