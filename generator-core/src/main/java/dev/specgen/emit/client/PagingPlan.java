package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * How the auto-paging method of an operation walks its pages: which runtime {@code Paginator}
 * style, and the small functions it needs (items of a page, next URL or cursor, key of an item,
 * next request). Paths from {@code x-pagination} are resolved against the model here; an
 * operation whose paths do not resolve gets no auto-paging method.
 *
 * @param pageType the response type
 * @param itemType the Java type of one item
 * @param item the model type of one item
 * @param pagerParameter the query parameter the paginator sets itself (cursor, key or page number)
 * @param helpers private static accessor methods the paginator call uses
 * @param call the expression that builds a paginator, using {@code request} and {@code options}
 */
public record PagingPlan(TypeName pageType, TypeName itemType, TypeRef item, Optional<String> pagerParameter,
    List<MethodSpec> helpers, PagerCall call) {

  static final ClassName PAGINATOR = ClassName.get("dev.specgen.runtime.pagination", "Paginator");
  static final ClassName ASYNC_PAGINATOR = ClassName.get("dev.specgen.runtime.pagination", "AsyncPaginator");
  static final ClassName API_REQUEST = ClassName.get("dev.specgen.runtime", "ApiRequest");

  /**
   * Builds the paginator expression for one kind of pager: the blocking {@code Paginator}, whose
   * pages come from the client's blocking method and {@code core.execute}, or the {@code
   * AsyncPaginator}, whose pages come from the async view's method and {@code core.executeAsync}.
   */
  @FunctionalInterface
  interface PagerCall {
    CodeBlock of(ClassName pager, String execute);
  }

  /** The paginator's type, {@code Paginator<Page, Item>}. */
  public TypeName paginatorType() {
    return ParameterizedTypeName.get(PAGINATOR, pageType, itemType);
  }

  /** The async paginator's type, {@code AsyncPaginator<Page, Item>}. */
  public TypeName asyncPaginatorType() {
    return ParameterizedTypeName.get(ASYNC_PAGINATOR, pageType, itemType);
  }

  /** {@code Paginator.nextUrl(request, r -> op(r, options), ...)}, for the client itself. */
  CodeBlock blockingCall() {
    return call.of(PAGINATOR, "execute");
  }

  /** {@code AsyncPaginator.nextUrl(request, r -> op(r, options), ...)}, inside the async view. */
  CodeBlock asyncCall() {
    return call.of(ASYNC_PAGINATOR, "executeAsync");
  }

  static Optional<PagingPlan> of(OperationPlan plan, ApiModel model, JavaTypes types) {
    Pagination pagination = plan.operation().pagination();
    Optional<TypeRef> page = plan.operation().successType();
    if (pagination instanceof Pagination.None || page.isEmpty() || plan.requestType().isEmpty()) {
      return Optional.empty();
    }
    return new Builder(plan, model, types, page.get()).build(pagination);
  }

  /** Works out one plan; every step may find that the spec's paths do not resolve. */
  private static final class Builder {
    private final OperationPlan plan;
    private final ApiModel model;
    private final JavaTypes types;
    private final TypeRef page;
    private final String prefix;
    private final List<MethodSpec> helpers = new ArrayList<>();

    Builder(OperationPlan plan, ApiModel model, JavaTypes types, TypeRef page) {
      this.plan = plan;
      this.model = model;
      this.types = types;
      this.page = page;
      this.prefix = plan.operation().javaName();
    }

    Optional<PagingPlan> build(Pagination pagination) {
      Optional<Path> items = resolve(page, pagination.items());
      if (items.isEmpty() || !(items.get().type() instanceof TypeRef.ArrayOf array)) {
        return Optional.empty();
      }
      TypeName itemType = types.of(array.items());
      helpers.add(accessor(prefix + "Items", types.of(page), items.get()));
      Optional<PagerCall> call = Optional.empty();
      if (pagination instanceof Pagination.NextUrl next) {
        call = nextUrl(next);
      } else if (pagination instanceof Pagination.Cursor cursor) {
        call = cursor(cursor);
      } else if (pagination instanceof Pagination.Keyset keyset) {
        call = keyset(keyset, array.items());
      } else if (pagination instanceof Pagination.PageNumber pageNumber) {
        call = pageNumber(pageNumber);
      }
      return call.map(c -> new PagingPlan(types.of(page), itemType, array.items(), pagerParameter(pagination),
          List.copyOf(helpers), c));
    }

    private Optional<PagerCall> nextUrl(Pagination.NextUrl next) {
      Optional<Path> url = resolve(page, next.nextUrl()).filter(p -> isString(p.type()));
      if (url.isEmpty()) {
        return Optional.empty();
      }
      helpers.add(accessor(prefix + "NextUrl", types.of(page), url.get()));
      // Emits: Paginator.nextUrl(request, r -> op(r, options),
      //     url -> core.execute("op", ApiRequest.getUrl(url).header(...).error(404, Error.class, FRONT_NOT_FOUND_EXCEPTION)...build(), ...),
      //     page -> opItems(page), page -> opNextUrl(page))
      return Optional.of((pager, execute) -> CodeBlock.of(
          "$T.nextUrl(request, r -> $N(r, options),\n"
              + "    url -> core.$L($S, $L, options, $L),\n"
              + "    page -> $N(page), page -> $N(page))",
          pager, prefix, execute, plan.operation().operationId(), OperationMethods.pageUrlRequest(plan, "url"),
          ResponseTypes.literal(types.of(page)), prefix + "Items", prefix + "NextUrl"));
    }

    private Optional<PagerCall> cursor(Pagination.Cursor cursor) {
      Optional<Path> path = resolve(page, cursor.cursor()).filter(p -> isString(p.type()));
      Optional<RequestField> parameter = plan.field(cursor.parameter());
      if (path.isEmpty() || parameter.isEmpty() || !isString(parameter.get())) {
        return Optional.empty();
      }
      helpers.add(accessor(prefix + "Cursor", types.of(page), path.get()));
      return Optional.of((pager, execute) -> CodeBlock.of(
          "$T.cursor(request, r -> $N(r, options), page -> $N(page), page -> $N(page),\n"
              + "    (r, cursor) -> r.toBuilder().$N(cursor).build())",
          pager, prefix, prefix + "Items", prefix + "Cursor",
          parameter.get().javaName()));
    }

    private Optional<PagerCall> keyset(Pagination.Keyset keyset, TypeRef item) {
      Optional<Path> key = resolve(item, keyset.keyField());
      Optional<RequestField> parameter = plan.field(keyset.parameter());
      if (key.isEmpty() || parameter.isEmpty() || !(parameter.get().type().equals(ClassName.OBJECT)
          || types.of(key.get().type()).equals(parameter.get().type()))) {
        return Optional.empty();
      }
      helpers.add(accessor(prefix + "Key", types.of(item), key.get()));
      return Optional.of((pager, execute) -> CodeBlock.of(
          "$T.keyset(request, r -> $N(r, options), page -> $N(page), item -> $N(item),\n"
              + "    (r, key) -> r.toBuilder().$N(key).build())",
          pager, prefix, prefix + "Items", prefix + "Key", parameter.get().javaName()));
    }

    private Optional<PagerCall> pageNumber(Pagination.PageNumber pageNumber) {
      Optional<RequestField> parameter = plan.field(pageNumber.parameter());
      if (parameter.isEmpty() || !parameter.get().type().equals(ClassName.get(Integer.class))) {
        return Optional.empty();
      }
      CodeBlock pageSize = pageSize(pageNumber.limitParameter());
      return Optional.of((pager, execute) -> CodeBlock.of(
          "$T.pageNumber(request, r -> $N(r, options), page -> $N(page), $L,\n"
              + "    (r, number) -> r.toBuilder().$N(number).build(), $L)",
          pager, prefix, prefix + "Items", pageNumber.startPage(),
          parameter.get().javaName(), pageSize));
    }

    private static Optional<String> pagerParameter(Pagination pagination) {
      if (pagination instanceof Pagination.Cursor cursor) {
        return Optional.of(cursor.parameter());
      }
      if (pagination instanceof Pagination.Keyset keyset) {
        return Optional.of(keyset.parameter());
      }
      return pagination instanceof Pagination.PageNumber number
          ? Optional.of(number.parameter())
          : Optional.empty();
    }

    /** {@code request.limit() != null ? request.limit() : 20}, or {@code null} when unknown. */
    private CodeBlock pageSize(Optional<String> limitParameter) {
      Optional<RequestField> limit = limitParameter.flatMap(plan::field)
          .filter(f -> f.type().equals(ClassName.get(Integer.class)));
      if (limit.isEmpty()) {
        return CodeBlock.of("null");
      }
      String name = limit.get().javaName();
      Optional<Object> fallback = limit.get().parameter()
          .flatMap(p -> p.defaultValue()).map(v -> v.value());
      return fallback.isPresent()
          ? CodeBlock.of("request.$N() != null ? request.$N() : $L", name, name, fallback.get())
          : CodeBlock.of("request.$N()", name);
    }

    /** Follows property wire names from {@code start}; empty when a step is not an object property. */
    private Optional<Path> resolve(TypeRef start, List<String> wireNames) {
      List<String> accessors = new ArrayList<>();
      TypeRef current = start;
      for (String wireName : wireNames) {
        if (!(current instanceof TypeRef.Named named)
            || !(model.type(named.name()).orElse(null) instanceof TypeDef.ObjectType object)) {
          return Optional.empty();
        }
        Optional<Property> property = object.property(wireName);
        if (property.isEmpty()) {
          return Optional.empty();
        }
        accessors.add(property.get().javaName());
        current = property.get().type();
      }
      return Optional.of(new Path(accessors, current));
    }

    // Emits: private static T name(Owner owner) { if (owner == null || owner.a() == null) return null; return owner.a().b(); }
    private MethodSpec accessor(String name, TypeName ownerType, Path path) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(types.of(path.type()))
          .addParameter(ownerType, "owner");
      CodeBlock.Builder nullCheck = CodeBlock.builder().add("owner == null");
      CodeBlock.Builder chain = CodeBlock.builder().add("owner");
      for (int i = 0; i < path.accessors().size(); i++) {
        if (i > 0) {
          nullCheck.add(" || $L == null", chain.build());
        }
        chain.add(".$N()", path.accessors().get(i));
      }
      return method.beginControlFlow("if ($L)", nullCheck.build())
          .addStatement("return null")
          .endControlFlow()
          .addStatement("return $L", chain.build())
          .build();
    }

    private static boolean isString(TypeRef type) {
      return type instanceof TypeRef.Primitive p && p.kind() == PrimitiveType.STRING;
    }

    private static boolean isString(RequestField field) {
      return field.type().equals(ClassName.get(String.class));
    }
  }

  /** Accessor names from a root type to a value, and the value's type. */
  private record Path(List<String> accessors, TypeRef type) {}
}
