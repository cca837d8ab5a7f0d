package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.naming.JavaNames;

/** Names of the client's generated types and methods. */
final class ClientNames {

  private ClientNames() {}

  /** {@code FrontClient} for an API named {@code Front}. */
  static ClassName client(ApiModel model, EmitContext context) {
    return ClassName.get(context.packageName(), model.apiName() + "Client");
  }

  /** {@code ListContactConversationsRequest}; a model type of that name pushes it to {@code ...Params}. */
  static ClassName request(Operation operation, ApiModel model, EmitContext context) {
    String base = JavaNames.typeName(operation.javaName());
    String name = model.type(base + "Request").isPresent() ? base + "Params" : base + "Request";
    return ClassName.get(context.packageName(), name);
  }
}
