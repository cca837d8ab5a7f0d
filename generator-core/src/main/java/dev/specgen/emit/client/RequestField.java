package dev.specgen.emit.client;

import com.palantir.javapoet.TypeName;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.TypeRef;
import java.util.Optional;

/**
 * One value a caller puts into an operation's request object: a parameter or the body.
 *
 * @param javaName the component and builder-method name
 * @param type its Java type
 * @param typeRef its type in the API model
 * @param required whether {@code build()} insists on it
 * @param description Javadoc text, unescaped
 * @param parameter the parameter it carries; empty for the request body
 * @param body the media type of the body it carries; empty for a parameter
 */
public record RequestField(
    String javaName,
    TypeName type,
    TypeRef typeRef,
    boolean required,
    String description,
    Optional<Parameter> parameter,
    Optional<MediaType> body) {}
