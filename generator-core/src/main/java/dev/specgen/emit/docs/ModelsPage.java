package dev.specgen.emit.docs;

import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The models page: one section per named type, each with a heading of the type's name (the
 * anchor the other pages link to) and its properties, values or variants. The page has no other
 * headings, so that {@link DocsLayout} knows every anchor in advance.
 */
final class ModelsPage {

  static final String TITLE = "Models";

  private final ApiModel model;
  private final EmitContext context;
  private final TypeLabels labels;

  ModelsPage(ApiModel model, EmitContext context, DocsLayout layout) {
    this.model = model;
    this.context = context;
    this.labels = new TypeLabels(model, layout, true);
  }

  String render() {
    StringBuilder page = new StringBuilder("# " + TITLE + "\n\n");
    page.append("The types of the ").append(Markdown.link(Markdown.inline(model.title()), DocsLayout.README))
        .append(", generated in the package ").append(Markdown.code(context.packageName()))
        .append(": objects as records with a builder, enums as classes with a constant per value.\n\n");
    if (model.types().isEmpty()) {
      page.append("The spec declares none.\n");
    }
    for (TypeDef type : model.types()) {
      page.append("## ").append(type.name()).append("\n\n");
      if (!type.description().isBlank()) {
        page.append(Markdown.block(type.description())).append("\n\n");
      }
      if (type instanceof TypeDef.ObjectType object) {
        object(page, object);
      } else if (type instanceof TypeDef.EnumType enumType) {
        enumeration(page, enumType);
      } else if (type instanceof TypeDef.UnionType union) {
        union(page, union);
      }
    }
    return page.toString().stripTrailing() + "\n";
  }

  // Emits: | `_links` | `links` | [ConversationLinks](#conversationlinks) | no | ... |
  private void object(StringBuilder page, TypeDef.ObjectType object) {
    page.append("Record ").append(Markdown.code(object.name())).append(object.deprecated() ? " (deprecated)" : "")
        .append(object.properties().isEmpty() ? " with no declared properties.\n\n" : ".\n\n");
    if (!object.properties().isEmpty()) {
      page.append(Markdown.header("Property", "Java", "Type", "Required", "Description"));
      for (Property property : object.properties()) {
        page.append(Markdown.row(
            Markdown.code(property.wireName(), true),
            Markdown.code(property.javaName(), true),
            labels.labelWithValues(property.type()),
            property.required() ? "yes" : "no",
            describe(property)));
      }
      page.append('\n');
    }
    page.append("Other properties: ").append(object.additionalProperties().map(labels::label).orElse("any JSON value"))
        .append(", kept in ").append(Markdown.code("additionalProperties()")).append(".\n\n");
  }

  private static String describe(Property property) {
    List<String> parts = new ArrayList<>();
    if (property.deprecated()) {
      parts.add("**Deprecated.**");
    }
    if (!property.description().isBlank()) {
      parts.add(Markdown.cell(property.description()));
    }
    List<String> flags = new ArrayList<>();
    if (property.nullable()) {
      flags.add("nullable");
    }
    if (property.readOnly()) {
      flags.add("read-only");
    }
    if (property.writeOnly()) {
      flags.add("write-only");
    }
    if (!flags.isEmpty()) {
      parts.add("(" + String.join(", ", flags) + ")");
    }
    property.defaultValue().ifPresent(v -> parts.add("Default: " + Markdown.code(text(v), true) + "."));
    property.example().ifPresent(v -> parts.add("Example: " + Markdown.code(text(v), true) + "."));
    return parts.isEmpty() ? " " : String.join(" ", parts);
  }

  private static String text(JsonValue value) {
    return value.value() instanceof String text ? text : value.toJson();
  }

  // Emits: | `assigned` | `ASSIGNED` | |
  private static void enumeration(StringBuilder page, TypeDef.EnumType enumType) {
    page.append("Enum ").append(Markdown.code(enumType.name())).append(" of ")
        .append(enumType.kind() == TypeDef.EnumKind.STRING ? "strings" : "integers")
        .append(". Values the spec does not list are kept as well: ")
        .append(Markdown.code(enumType.name() + ".of(...)")).append(".\n\n");
    boolean described = enumType.constants().stream().anyMatch(c -> !c.description().isBlank());
    page.append(described ? Markdown.header("Value", "Java constant", "Description")
        : Markdown.header("Value", "Java constant"));
    for (TypeDef.EnumConstant constant : enumType.constants()) {
      String value = Markdown.code(String.valueOf(constant.wireValue()), true);
      String name = Markdown.code(constant.javaName(), true);
      page.append(described
          ? Markdown.row(value, name, constant.description().isBlank() ? " " : Markdown.cell(constant.description()))
          : Markdown.row(value, name));
    }
    page.append('\n');
  }

  private void union(StringBuilder page, TypeDef.UnionType union) {
    page.append("One of these").append(union.discriminator()
        .map(d -> ", told apart by the property " + Markdown.code(d.propertyName())).orElse("")).append(":\n\n");
    page.append(Markdown.header("Variant", "Type", "Discriminator values"));
    for (TypeDef.UnionVariant variant : union.variants()) {
      page.append(Markdown.row(Markdown.code(variant.javaName(), true), labels.label(variant.type()),
          variant.discriminatorValues().isEmpty() ? " " : String.join(", ", variant.discriminatorValues().stream()
              .map(v -> Markdown.code(v, true)).toList())));
    }
    page.append('\n');
  }
}
