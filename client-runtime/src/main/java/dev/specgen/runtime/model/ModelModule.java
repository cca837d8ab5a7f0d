package dev.specgen.runtime.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module that binds generated records in one pass with {@link RecordDeserializer}.
 * {@code SpecgenJson.newObjectMapper()} registers it; a mapper without it still reads generated
 * models through their Jackson annotations, but does not keep explicit {@code null}s apart from
 * absent properties.
 */
public final class ModelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ModelModule() {
    super("specgen-models");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new RecordDeserializers());
  }

  /** Finds a {@link RecordDeserializer} for each record that {@link RecordDeserializer#reads} accepts. */
  private static final class RecordDeserializers extends Deserializers.Base {

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription description) {
      return RecordDeserializer.reads(type.getRawClass())
          ? RecordDeserializer.of(type, config.getTypeFactory())
          : null;
    }
  }
}
