package dev.specgen.emit.client;

import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import java.util.Optional;

/**
 * The example an operation's Javadoc shows. The docs own the examples (their snippet classes are
 * compiled, so an example cannot go stale) and the client emitter only shows them: the generator
 * hands the docs' examples in through this interface, which keeps the client package free of the
 * docs package that already depends on it.
 */
@FunctionalInterface
public interface OperationExamples {

  /** No examples: Javadoc without an example section. */
  OperationExamples NONE = operation -> Optional.empty();

  /**
   * The Java statements that call {@code operation} on a variable {@code client} with the spec's
   * example values, as the docs show them (no imports).
   *
   * @param operation an operation of the spec
   * @return the code, or empty when there is no example to show
   */
  Optional<String> of(Operation operation);

  /** Makes the examples of one spec. */
  @FunctionalInterface
  interface Source {

    /**
     * The examples of one spec's operations.
     *
     * @param model the spec's model
     * @param context where the spec's code is generated
     * @return the examples, computed lazily or at once
     */
    OperationExamples forSpec(ApiModel model, EmitContext context);
  }
}
