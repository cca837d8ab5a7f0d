package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;

/** Names of the client's generated types and methods. */
final class ClientNames {

  private ClientNames() {}

  /** {@code FrontClient} for an API named {@code Front}, unless a model type has that name. */
  static ClassName client(ApiModel model, EmitContext context) {
    return ClassName.get(context.packageName(), model.generatedNames().client());
  }

  /** {@code ListContactConversationsRequest}, or the name the package's namespace gave it instead. */
  static ClassName request(Operation operation, ApiModel model, EmitContext context) {
    return ClassName.get(context.packageName(), model.generatedNames().request(operation));
  }

  /**
   * {@code UploadPetPhotoMultipart}, the form type of an operation's {@code index}th multipart body
   * ({@code UploadPetPhotoMultipart2} for a second one), or the name the package's namespace gave
   * it instead ({@code ...MultipartForm} when a model type has that name).
   */
  static ClassName multipart(Operation operation, ApiModel model, EmitContext context, int index) {
    return ClassName.get(context.packageName(), model.generatedNames().multipartForm(operation, index));
  }
}
