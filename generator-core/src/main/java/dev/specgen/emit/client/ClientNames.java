package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.generate.EmitContext;
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

  /**
   * {@code UploadPetPhotoMultipart}, the form type of an operation's multipart body ({@code
   * UploadPetPhotoMultipart2} for a second one); a model type of that name pushes it to {@code
   * ...MultipartForm}.
   */
  static ClassName multipart(Operation operation, ApiModel model, EmitContext context, int index) {
    String base = JavaNames.typeName(operation.javaName()) + "Multipart";
    String name = model.type(base).isPresent() ? base + "Form" : base;
    return ClassName.get(context.packageName(), index == 0 ? name : name + (index + 1));
  }
}
