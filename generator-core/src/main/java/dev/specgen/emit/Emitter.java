package dev.specgen.emit;

import dev.specgen.ir.ApiModel;
import java.util.List;

/**
 * Turns an API model into files. Emitters are pure: they read the model and the context and
 * return text; only {@link OutputWriter} touches the disk.
 */
public interface Emitter {

  List<GeneratedFile> emit(ApiModel model, EmitContext context);
}
