package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.JavaTypes;
import dev.specgen.generate.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.RequestBody;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generated client's API as the docs call it: the client and request class names, the request
 * setters, the response and page item types, and the builder's credential setters.
 *
 * <p>These follow the naming rules of {@code dev.specgen.emit.client}, whose planning types are
 * package-private there. The snippet compile test catches any drift between the two.
 */
final class ClientSurface {

  private final ApiModel model;
  private final Map<String, TypeDef> typesByName;
  private final EmitContext context;
  private final JavaTypes types;
  private final Map<String, Credential> credentials;

  ClientSurface(ApiModel model, EmitContext context) {
    this.model = model;
    this.typesByName = model.typesByName();
    this.context = context;
    this.types = new JavaTypes(context.packageName());
    this.credentials = credentialSetters(model);
  }

  JavaTypes types() {
    return types;
  }

  /** {@code FrontClient}. */
  ClassName client() {
    return ClassName.get(context.packageName(), model.apiName() + "Client");
  }

  /**
   * How one security scheme is set on the client builder.
   *
   * @param setter the builder method, e.g. {@code bearerToken} or {@code apiAccessToken}
   */
  record Credential(SecurityScheme scheme, String setter) {}

  /** The builder setter of a scheme; empty for schemes the client cannot send (cookies). */
  Optional<Credential> credential(String schemeKey) {
    return Optional.ofNullable(credentials.get(schemeKey));
  }

  /**
   * One value the request builder takes.
   *
   * @param setter the builder method
   * @param parameter the parameter; empty for the request body
   * @param body the JSON body's media type, for the body
   */
  record Setter(String setter, TypeRef type, boolean required, Optional<Parameter> parameter,
      Optional<MediaType> body) {}

  /**
   * Auto-paging: {@code opAll(request, options)} returns a {@code Paginator<Page, Item>}.
   *
   * @param itemType the Java type of one item
   * @param cursorParameter the query parameter the paginator sets itself, if any
   */
  record Paging(TypeName itemType, TypeRef item, Optional<String> cursorParameter) {}

  /** The client methods of one operation. */
  record Call(Operation operation, Optional<ClassName> requestType, List<Setter> setters,
      Optional<TypeName> responseType, Optional<Paging> paging) {}

  Call call(Operation operation) {
    List<Setter> setters = setters(operation);
    Optional<ClassName> requestType = setters.isEmpty() ? Optional.empty() : Optional.of(requestType(operation));
    Optional<TypeName> response = operation.successType().map(types::of);
    Optional<Paging> paging = requestType.isEmpty() ? Optional.empty() : paging(operation, setters);
    return new Call(operation, requestType, setters, response, paging);
  }

  /** {@code ListContactConversationsRequest}, or {@code ...Params} when a model has that name. */
  private ClassName requestType(Operation operation) {
    String base = JavaNames.typeName(operation.javaName());
    String name = typesByName.containsKey(base + "Request") ? base + "Params" : base + "Request";
    return ClassName.get(context.packageName(), name);
  }

  private static List<Setter> setters(Operation operation) {
    List<Setter> setters = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.isCallerSupplied() && parameter.location() != Parameter.ParameterLocation.COOKIE) {
        setters.add(new Setter(parameter.javaName(), parameter.type(), parameter.required(),
            Optional.of(parameter), Optional.empty()));
      }
    }
    jsonBody(operation).ifPresent(body -> {
      boolean taken = setters.stream().anyMatch(s -> s.setter().equals("body"));
      setters.add(new Setter(taken ? "requestBody" : "body", body.type(),
          operation.requestBody().map(RequestBody::required).orElse(false), Optional.empty(),
          Optional.of(body)));
    });
    return setters;
  }

  /** The media type of the body the client sends: the first JSON one. */
  static Optional<MediaType> jsonBody(Operation operation) {
    return operation.requestBody().flatMap(body -> body.content().stream()
        .filter(m -> isJson(m.mediaType())).findFirst());
  }

  static boolean isJson(String mediaType) {
    String base = mediaType.split(";")[0].trim();
    return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*");
  }

  /** The paging the client offers, when the spec's paths resolve as the client resolves them. */
  private Optional<Paging> paging(Operation operation, List<Setter> setters) {
    Pagination pagination = operation.pagination();
    Optional<TypeRef> page = operation.successType();
    if (pagination instanceof Pagination.None || page.isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeRef> items = resolve(page.get(), itemsPath(pagination));
    if (items.isEmpty() || !(items.get() instanceof TypeRef.ArrayOf array)) {
      return Optional.empty();
    }
    boolean ok;
    Optional<String> cursor = Optional.empty();
    if (pagination instanceof Pagination.NextUrl next) {
      ok = resolve(page.get(), next.nextUrl()).filter(ClientSurface::isString).isPresent();
    } else if (pagination instanceof Pagination.Cursor c) {
      ok = resolve(page.get(), c.cursor()).filter(ClientSurface::isString).isPresent()
          && queryField(setters, c.parameter()).filter(s -> isString(s.type())).isPresent();
      cursor = Optional.of(c.parameter());
    } else if (pagination instanceof Pagination.Keyset keyset) {
      Optional<TypeRef> key = resolve(array.items(), keyset.keyField());
      ok = key.isPresent() && queryField(setters, keyset.parameter())
          .filter(s -> types.of(s.type()).equals(types.of(key.get()))).isPresent();
      cursor = Optional.of(keyset.parameter());
    } else if (pagination instanceof Pagination.PageNumber number) {
      ok = queryField(setters, number.parameter())
          .filter(s -> types.of(s.type()).equals(ClassName.get(Integer.class))).isPresent();
      cursor = Optional.of(number.parameter());
    } else {
      ok = false;
    }
    return ok ? Optional.of(new Paging(types.of(array.items()), array.items(), cursor)) : Optional.empty();
  }

  private static Optional<Setter> queryField(List<Setter> setters, String name) {
    return setters.stream()
        .filter(s -> s.parameter().map(p -> p.name().equals(name)
            && p.location() == Parameter.ParameterLocation.QUERY).orElse(false))
        .findFirst();
  }

  private static List<String> itemsPath(Pagination pagination) {
    if (pagination instanceof Pagination.NextUrl next) {
      return next.items();
    }
    if (pagination instanceof Pagination.Cursor cursor) {
      return cursor.items();
    }
    if (pagination instanceof Pagination.Keyset keyset) {
      return keyset.items();
    }
    return pagination instanceof Pagination.PageNumber number ? number.items() : List.of();
  }

  /** Follows property wire names from {@code start}; empty when a step is not an object property. */
  Optional<TypeRef> resolve(TypeRef start, List<String> wireNames) {
    TypeRef current = start;
    for (String wireName : wireNames) {
      if (!(current instanceof TypeRef.Named named)
          || !(typesByName.get(named.name()) instanceof TypeDef.ObjectType object)) {
        return Optional.empty();
      }
      Optional<Property> property = object.property(wireName);
      if (property.isEmpty()) {
        return Optional.empty();
      }
      current = property.get().type();
    }
    return Optional.of(current);
  }

  private static boolean isString(TypeRef type) {
    return type instanceof TypeRef.Primitive p && p.kind() == PrimitiveType.STRING;
  }

  /** One setter per distinct mechanism, named as the client builder names them. */
  private static Map<String, Credential> credentialSetters(ApiModel model) {
    Map<String, Credential> byScheme = new LinkedHashMap<>();
    Map<String, String> byMechanism = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    NameScope names = new NameScope();
    for (String reserved : new String[] {"baseUrl", "connectTimeout", "requestTimeout", "retryPolicy",
        "header", "transport", "build"}) {
      names.reserve(reserved);
    }
    for (SecurityScheme scheme : model.securitySchemes()) {
      if (scheme.apiKeyLocation() == SecurityScheme.ApiKeyLocation.COOKIE) {
        continue;
      }
      String mechanism = scheme.kind() + ":" + scheme.apiKeyLocation() + ":" + scheme.parameterName();
      if (seen.add(mechanism)) {
        byMechanism.put(mechanism, names.allocate(switch (scheme.kind()) {
          case BEARER -> "bearerToken";
          case API_KEY -> JavaNames.memberName(scheme.parameterName());
          case BASIC -> "basicAuth";
        }));
      }
      byScheme.put(scheme.key(), new Credential(scheme, byMechanism.get(mechanism)));
    }
    return byScheme;
  }
}
