package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.JavaTypes;
import dev.specgen.emit.client.ClientApi;
import dev.specgen.emit.client.OperationPlan;
import dev.specgen.emit.client.PagingPlan;
import dev.specgen.emit.client.RequestField;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * The generated client's API as the docs call it: the client and request class names, the request
 * setters, the response and page item types, and the builder's credential setters. All of it comes
 * from {@link ClientApi}, the description the client emitter generates from.
 */
final class ClientSurface {

  private final ClientApi api;
  private final JavaTypes types;

  ClientSurface(ApiModel model, EmitContext context) {
    this.api = ClientApi.of(model, context);
    this.types = new JavaTypes(context.packageName());
  }

  JavaTypes types() {
    return types;
  }

  /** {@code FrontClient}. */
  ClassName client() {
    return api.client();
  }

  /**
   * How one security scheme is set on the client builder.
   *
   * @param setter the builder method, e.g. {@code bearerToken} or {@code apiAccessToken}
   */
  record Credential(SecurityScheme scheme, String setter) {}

  /** The builder setter of a scheme; empty for schemes the client cannot send (cookies). */
  Optional<Credential> credential(String schemeKey) {
    return api.credential(schemeKey).map(c -> new Credential(c.scheme(), c.setter()));
  }

  /**
   * One value the request builder takes.
   *
   * @param setter the builder method
   * @param parameter the parameter; empty for the request body
   * @param body the JSON body's media type, for the body
   */
  record Setter(String setter, TypeRef type, boolean required, Optional<Parameter> parameter,
      Optional<MediaType> body) {

    static Setter of(RequestField field) {
      return new Setter(field.javaName(), field.typeRef(), field.required(), field.parameter(), field.body());
    }
  }

  /**
   * Auto-paging: {@code opAll(request)} returns a {@code Paginator<Page, Item>}, and {@code
   * client.async().opAll(request)} an {@code AsyncPaginator<Page, Item>}.
   *
   * @param itemType the Java type of one item
   * @param cursorParameter the query parameter the paginator sets itself, if any
   */
  record Paging(TypeName itemType, TypeRef item, Optional<String> cursorParameter) {

    static Paging of(PagingPlan plan) {
      return new Paging(plan.itemType(), plan.item(), plan.pagerParameter());
    }
  }

  /**
   * The client methods of one operation.
   *
   * @param pathArguments the path parameters {@code op(contactId)} takes directly; empty when the
   *     client has no such shortcut for the operation
   */
  record Call(Operation operation, Optional<ClassName> requestType, List<Setter> setters,
      Optional<TypeName> responseType, Optional<Paging> paging, List<String> pathArguments) {}

  Call call(Operation operation) {
    OperationPlan plan = api.plan(operation);
    // Examples show parameters and the JSON body; other body forms (files, forms) have no example value.
    return new Call(operation, plan.requestType(), plan.fields().stream()
            .filter(field -> field.body().map(body -> body.kind() == MediaKind.JSON).orElse(true))
            .map(Setter::of).toList(),
        plan.responseType(), plan.paging().map(Paging::of),
        plan.pathShortcut().stream().map(RequestField::javaName).toList());
  }
}
