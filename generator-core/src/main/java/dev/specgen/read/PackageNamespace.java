package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.ir.GeneratedNames;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.RequestBody;
import dev.specgen.ir.Response;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.load.JsonPointers;
import dev.specgen.naming.HttpStatusNames;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides every class name of a generated package at once: the model types keep the names the
 * reader gave them, and the classes the generator adds (the client, the models' support class,
 * one request record per operation, one form type per multipart request body whose schema is an
 * object, the API's exception and one subclass per declared error status) take the next free name
 * when a model type already has theirs.
 * Each rename is a warning at the schema that caused it, as is a component schema whose own name
 * could not be used (a JDK class name such as {@code String}, or a name that differs from another
 * only in case).
 */
final class PackageNamespace {

  private final Diagnostics diagnostics;
  private final NameScope names = new NameScope();
  private final Map<String, TypeDef> typesByKey = new HashMap<>();

  PackageNamespace(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The names of the generated classes of an API called {@code apiName}. */
  GeneratedNames decide(String apiName, List<Operation> operations, List<TypeDef> types) {
    for (TypeDef type : types) {
      names.reserve(type.name());
      typesByKey.put(type.name().toLowerCase(Locale.ROOT), type);
      warnIfComponentRenamed(type);
    }
    String client = allocate(apiName + "Client", List.of(apiName + "Client"), "the client class");
    Map<String, String> requests = new LinkedHashMap<>();
    for (Operation operation : operations) {
      String base = JavaNames.typeName(operation.javaName());
      requests.put(operation.javaName(), allocate(base + "Request",
          List.of(base + "Request", base + "Params"),
          "the request record of operation '" + operation.operationId() + "'"));
    }
    Map<String, String> forms = new LinkedHashMap<>();
    for (Operation operation : operations) {
      allocateMultipartForms(operation, forms);
    }
    String apiException = allocate(apiName + "ApiException", List.of(apiName + "ApiException"),
        "the API's exception class");
    return new GeneratedNames(client, requests, forms, apiException,
        statusExceptions(apiName, operations));
  }

  /**
   * {@code FrontNotFoundException} for a {@code 404} some operation declares, {@code
   * FrontClientErrorException} for {@code 4XX}, {@code FrontDefaultErrorException} for {@code
   * default}; {@code ...ErrorException} when a model type has that name.
   */
  private Map<String, String> statusExceptions(String apiName, List<Operation> operations) {
    List<String> statuses = operations.stream()
        .flatMap(operation -> operation.errorResponses().stream())
        .map(Response::status)
        .distinct()
        .sorted(HttpStatusNames.ORDER)
        .toList();
    Map<String, String> names = new LinkedHashMap<>();
    for (String status : statuses) {
      String base = apiName + HttpStatusNames.stem(status);
      names.put(status, allocate(base + "Exception", List.of(base + "Exception", base + "ErrorException"),
          "the exception of status " + status));
    }
    return names;
  }

  /**
   * {@code UploadPhotoMultipart} for an operation's multipart body ({@code UploadPhotoMultipart2}
   * for its second), {@code UploadPhotoMultipartForm} when that name is taken. Only bodies whose
   * schema is an object with properties get a form type; the others are sent as generic parts.
   */
  private void allocateMultipartForms(Operation operation, Map<String, String> forms) {
    List<MediaType> multiparts = operation.requestBody().map(RequestBody::content).orElse(List.of()).stream()
        .filter(media -> media.kind() == MediaKind.MULTIPART)
        .toList();
    String base = JavaNames.typeName(operation.javaName()) + "Multipart";
    for (int index = 0; index < multiparts.size(); index++) {
      if (hasFormType(multiparts.get(index))) {
        String suffix = index == 0 ? "" : Integer.toString(index + 1);
        forms.put(GeneratedNames.multipartKey(operation, index), allocate(base + suffix,
            List.of(base + suffix, base + "Form" + suffix),
            "the multipart form type of operation '" + operation.operationId() + "'"));
      }
    }
  }

  private boolean hasFormType(MediaType media) {
    return media.type() instanceof TypeRef.Named named
        && typesByKey.get(named.name().toLowerCase(Locale.ROOT)) instanceof TypeDef.ObjectType object
        && object.name().equals(named.name())
        && !object.properties().isEmpty();
  }

  /**
   * The first of {@code candidates} that is free, else the first with the lowest free number;
   * warns at the type that holds {@code wanted} when it is not the name given.
   */
  private String allocate(String wanted, List<String> candidates, String what) {
    String name = candidates.stream().filter(n -> !names.isTaken(n)).findFirst()
        .map(n -> names.allocate(n))
        .orElseGet(() -> names.allocate(candidates.get(0)));
    TypeDef holder = typesByKey.get(wanted.toLowerCase(Locale.ROOT));
    if (!name.equals(wanted) && holder != null) {
      diagnostics.warning(holder.origin(), "type `" + holder.name() + "` has the name of " + what
          + ", which is generated as `" + name + "` instead");
    }
    return name;
  }

  /** A component schema named {@code String} is generated as {@code StringModel}: say so. */
  private void warnIfComponentRenamed(TypeDef type) {
    Optional<String> key = componentKey(type.origin());
    if (key.isEmpty() || type.name().equals(key.get())) {
      return;
    }
    String natural = JavaNames.typeName(key.get());
    String base = natural.substring(0, Math.max(0, natural.length() - "Model".length()));
    boolean jdkName = natural.endsWith("Model") && JavaNames.RESERVED_TYPE_NAMES.contains(base)
        && !key.get().toLowerCase(Locale.ROOT).endsWith("model");
    if (jdkName && natural.equals(type.name())) {
      diagnostics.warning(type.origin(), "schema '" + key.get() + "' is generated as `" + type.name()
          + "`: `" + base + "` is a JDK class or a name the generated code uses");
    } else if (!natural.equals(type.name())) {
      diagnostics.warning(type.origin(), "schema '" + key.get() + "' is generated as `" + type.name()
          + "`: another type already has the name `" + natural + "` (names differing only in case clash)");
    }
  }

  /** {@code Pet} for a type read from {@code /components/schemas/Pet}. */
  private static Optional<String> componentKey(Location origin) {
    List<String> tokens;
    try {
      tokens = JsonPointers.parseFragment(origin.pointer());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    boolean component = tokens.size() == 3 && tokens.get(0).equals("components")
        && tokens.get(1).equals("schemas");
    return component ? Optional.of(tokens.get(2)) : Optional.empty();
  }
}
