package dev.specgen.emit.client;

import com.palantir.javapoet.TypeName;
import dev.specgen.ir.Parameter;
import java.util.Optional;

/**
 * One value a caller puts into an operation's request object: a parameter or the body.
 *
 * @param javaName the component and builder-method name
 * @param type its Java type
 * @param required whether {@code build()} insists on it
 * @param description Javadoc text, unescaped
 * @param parameter the parameter it carries; empty for the request body
 */
record RequestField(
    String javaName, TypeName type, boolean required, String description, Optional<Parameter> parameter) {}
