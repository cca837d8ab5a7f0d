package dev.specgen.runtime.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a generated record in one pass over the JSON tokens: each property name is looked up
 * among the canonical constructor's parameters (by their {@code @JsonProperty} name), its value
 * read by that parameter's own deserializer (found once, when Jackson resolves this one), names
 * the record does not declare are collected in order into its {@code @JsonAnySetter} map, and the
 * canonical constructor is called once. No {@code Map} of the whole object is built on the way.
 *
 * <p>A property that is absent or {@code null} gets {@code null} (records turn that into their
 * absent value); an explicit {@code null} of a property named by {@link ExplicitNulls} is also
 * kept in the map of undeclared properties, so it is written back. Reading is lenient about
 * required properties, as servers forget them; a value of the wrong type fails with an error
 * naming the record and the property.
 */
public final class RecordDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient Slot[] slots;
  private final transient Map<String, Slot> byName;
  private final int additional;
  private final transient JavaType additionalType;
  private final transient Constructor<?> constructor;
  private transient @Nullable JsonDeserializer<Object> additionalValues;

  /** One constructor parameter: where it goes, its JSON name and type, and its deserializer once resolved. */
  private static final class Slot {
    final int position;
    final int index;
    final String name;
    /** The name as the parser matches it: quoted and encoded once. */
    final SerializedString serializedName;
    final JavaType type;
    final boolean keepsNull;
    /** A list property: the constructor takes the list Jackson built without copying it. */
    final boolean isList;
    /** A map property: likewise for the map. */
    final boolean isMap;
    @Nullable JsonDeserializer<Object> deserializer;

    Slot(int position, int index, String name, JavaType type, boolean keepsNull) {
      this.position = position;
      this.index = index;
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.type = type;
      this.keepsNull = keepsNull;
      this.isList = type.getRawClass() == List.class;
      this.isMap = type.getRawClass() == Map.class;
    }
  }

  private RecordDeserializer(JavaType type, Slot[] slots, int additional, JavaType additionalType,
      Constructor<?> constructor) {
    super(type);
    this.slots = slots;
    this.byName = new HashMap<>();
    for (Slot slot : slots) {
      byName.put(slot.name, slot);
    }
    this.additional = additional;
    this.additionalType = additionalType;
    this.constructor = constructor;
  }

  /**
   * Whether {@code type} is a record this class reads: a record whose canonical constructor has a
   * {@code @JsonAnySetter} map parameter for undeclared properties, as every generated record has.
   *
   * @param type a class
   * @return whether {@link #of} accepts it
   */
  public static boolean reads(Class<?> type) {
    return type.isRecord() && anySetterIndex(canonical(type)) >= 0;
  }

  /**
   * Creates the deserializer of a record that {@link #reads} accepts.
   *
   * @param type the record type
   * @param types the type factory that resolves the parameters' generic types
   * @return the deserializer, not yet resolved
   * @throws IllegalArgumentException if the record is not one this class reads
   */
  public static RecordDeserializer of(JavaType type, TypeFactory types) {
    Class<?> raw = type.getRawClass();
    Constructor<?> canonical = canonical(raw);
    int additional = anySetterIndex(canonical);
    if (!raw.isRecord() || additional < 0) {
      throw new IllegalArgumentException(raw.getName() + " is not a record with a @JsonAnySetter map");
    }
    ExplicitNulls nulls = raw.getAnnotation(ExplicitNulls.class);
    List<String> keepsNull = nulls == null ? List.of() : Arrays.asList(nulls.value());
    Parameter[] parameters = canonical.getParameters();
    RecordComponent[] components = raw.getRecordComponents();
    Slot[] slots = new Slot[parameters.length - 1];
    int next = 0;
    for (int i = 0; i < parameters.length; i++) {
      if (i != additional) {
        // Interned, as the names Jackson's parser returns are, so that slotNamed can compare identities.
        String name = jsonName(parameters[i], components[i]).intern();
        slots[next] = new Slot(next, i, name, types.constructType(parameters[i].getParameterizedType()),
            keepsNull.contains(name));
        next++;
      }
    }
    return new RecordDeserializer(type, slots, additional,
        types.constructType(parameters[additional].getParameterizedType()), accessible(canonical));
  }

  private static Constructor<?> canonical(Class<?> record) {
    Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      return record.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + record.getName(), e);
    }
  }

  private static int anySetterIndex(Constructor<?> canonical) {
    Parameter[] parameters = canonical.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(JsonAnySetter.class) && Map.class.isAssignableFrom(parameters[i].getType())) {
        return i;
      }
    }
    return -1;
  }

  private static String jsonName(Parameter parameter, RecordComponent component) {
    JsonProperty property = parameter.getAnnotation(JsonProperty.class);
    return property == null || property.value().isEmpty() ? component.getName() : property.value();
  }

  /**
   * The canonical constructor, made callable from here. Core reflection rather than a method
   * handle: a handle held in a field is not a constant the JIT compiler can inline, and calling it
   * through a spreader took about three times the samples {@link Constructor#newInstance} did.
   */
  private static Constructor<?> accessible(Constructor<?> canonical) {
    try {
      canonical.setAccessible(true);
      return canonical;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot call the constructor of " + canonical.getDeclaringClass().getName(), e);
    }
  }

  @Override
  public void resolve(DeserializationContext context) throws JsonMappingException {
    for (Slot slot : slots) {
      slot.deserializer = context.findContextualValueDeserializer(slot.type, null);
    }
    JavaType values = additionalType.getContentType();
    additionalValues = context.findContextualValueDeserializer(
        values == null ? context.constructType(Object.class) : values, null);
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return context.handleUnexpectedToken(handledType(), parser);
    }
    Object[] arguments = new Object[slots.length + 1];
    LinkedHashMap<String, @Nullable Object> undeclared = null; // most objects have none: the record then gets its empty map
    int expected = 0;
    // The parser stands on the first name (read by a caller), before it, or at the end of an empty object.
    boolean onName = token == JsonToken.FIELD_NAME || token == JsonToken.START_OBJECT && nextName(parser, expected);
    for (; onName; onName = nextName(parser, expected)) {
      String name = parser.currentName();
      Slot slot = slotNamed(name, expected);
      if (slot != null) {
        expected = slot.position + 1;
      }
      JsonToken value = parser.nextToken();
      try {
        if (slot == null) {
          undeclared = put(undeclared, name, value == JsonToken.VALUE_NULL ? null : read(additionalValues, parser, context));
        } else if (value == JsonToken.VALUE_NULL) {
          arguments[slot.index] = null;
          if (slot.keepsNull) {
            undeclared = put(undeclared, name, null);
          }
        } else {
          arguments[slot.index] = adopted(slot, read(slot.deserializer, parser, context));
          if (slot.keepsNull && undeclared != null) {
            undeclared.remove(name); // a later value replaces an earlier explicit null
          }
        }
      } catch (IOException | RuntimeException e) {
        throw JsonMappingException.wrapWithPath(e, handledType(), name);
      }
    }
    arguments[additional] = undeclared == null ? null : ModelSupport.adopt(undeclared);
    return construct(arguments, context);
  }

  /**
   * Moves to the next property name, true, or past the object's end, false. The name of the slot
   * after the last one matched is offered to the parser: Jackson's byte parser then compares the
   * input with that name's bytes and, when they match, neither decodes the name nor looks it up
   * in its table of names.
   */
  private boolean nextName(JsonParser parser, int expected) throws IOException {
    if (expected < slots.length) {
      return parser.nextFieldName(slots[expected].serializedName)
          || parser.currentToken() == JsonToken.FIELD_NAME;
    }
    return parser.nextToken() == JsonToken.FIELD_NAME;
  }

  /**
   * The slot of a property name. Servers mostly send properties in the order the spec (and so the
   * record) declares them, and Jackson interns the names it reads (or, matched by
   * {@link #nextName}, hands back the slot's own), as the compiler does the names in
   * {@code @JsonProperty}: so the slot after the last one matched is tried first, by identity,
   * before the map.
   */
  private @Nullable Slot slotNamed(String name, int expected) {
    if (expected < slots.length && slots[expected].name == name) {
      return slots[expected];
    }
    return byName.get(name);
  }

  /** A list or map Jackson has just built for a property, handed over as the record's own. */
  @SuppressWarnings("unchecked")
  private static Object adopted(Slot slot, Object value) {
    if (slot.isList && value.getClass() == ArrayList.class) {
      return ModelSupport.adopt((ArrayList<Object>) value);
    }
    if (slot.isMap && value.getClass() == LinkedHashMap.class) {
      return ModelSupport.adopt((LinkedHashMap<String, Object>) value);
    }
    return value;
  }

  private static LinkedHashMap<String, @Nullable Object> put(@Nullable LinkedHashMap<String, @Nullable Object> map,
      String name, @Nullable Object value) {
    LinkedHashMap<String, @Nullable Object> target = map == null ? new LinkedHashMap<>() : map;
    target.put(name, value);
    return target;
  }

  private static Object read(@Nullable JsonDeserializer<Object> deserializer, JsonParser parser,
      DeserializationContext context) throws IOException {
    if (deserializer == null) {
      throw new IllegalStateException("the deserializer was not resolved");
    }
    return deserializer.deserialize(parser, context);
  }

  private Object construct(Object[] arguments, DeserializationContext context) throws IOException {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause() == null ? e : e.getCause();
      if (thrown instanceof IOException io) {
        throw io;
      }
      if (thrown instanceof Error error) {
        throw error;
      }
      return context.handleInstantiationProblem(handledType(), null, thrown);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return context.handleInstantiationProblem(handledType(), null, e);
    }
  }
}
