package dev.specgen.runtime;

import dev.specgen.runtime.auth.AuthTarget;
import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.param.PercentEncoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Gathers what the authentication schemes add to one attempt, remembering every secret. */
final class CollectingAuthTarget implements AuthTarget {

  private final HeaderMap.Builder headers;
  private final List<String> queryPairs = new ArrayList<>();
  private final List<String> maskedQueryPairs = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();

  CollectingAuthTarget(HeaderMap.Builder headers) {
    this.headers = headers;
  }

  @Override
  public void header(String name, String value) {
    headers.set(name, value);
    secrets.add(value);
  }

  @Override
  public void queryParam(String name, String value) {
    Objects.requireNonNull(value, "value");
    queryPairs.add(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value));
    maskedQueryPairs.add(PercentEncoding.encode(name) + "=" + Redactor.MASK);
    secrets.add(value);
  }

  @Override
  public void secret(String value) {
    secrets.add(value);
  }

  List<String> queryPairs() {
    return queryPairs;
  }

  /** The query pairs with each value masked, for the URL messages show. */
  List<String> maskedQueryPairs() {
    return maskedQueryPairs;
  }

  /** Masks this attempt's secrets; asked for once every scheme has added its own. */
  Redactor redactor() {
    return new Redactor(Collections.unmodifiableList(secrets));
  }
}
