package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.JavaTypes;

/** How generated code names a body type to the runtime: a class literal or a type reference. */
final class ResponseTypes {

  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private ResponseTypes() {}

  /** {@code Conversation.class}, or {@code new TypeReference<List<Conversation>>() {}} for generics. */
  static CodeBlock literal(TypeName type) {
    if (JavaTypes.isGeneric(type)) {
      return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    }
    return CodeBlock.of("$T.class", type);
  }
}
