package cn.gov.jinshan.congress.deputies.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds deputy registration bodies: {@code aDeputy().named("张伟").in(delegation).build()}. */
public final class DeputyBuilder {
  private final Map<String, Object> body = new LinkedHashMap<>();

  private DeputyBuilder() {
    body.put("name", "王芳");
    body.put("gender", "FEMALE");
    body.put("birthYear", 1975);
    body.put("occupation", "教师");
    body.put("level", "DISTRICT");
    body.put("term", 6);
    body.put("phone", "021-57920000");
  }

  public static DeputyBuilder aDeputy() {
    return new DeputyBuilder();
  }

  public DeputyBuilder named(String name) {
    body.put("name", name);
    return this;
  }

  public DeputyBuilder in(UUID delegationId) {
    body.put("delegationId", delegationId.toString());
    return this;
  }

  public DeputyBuilder withId(UUID id) {
    body.put("id", id.toString());
    return this;
  }

  public DeputyBuilder with(String field, Object value) {
    body.put(field, value);
    return this;
  }

  public DeputyBuilder without(String field) {
    body.remove(field);
    return this;
  }

  public Map<String, Object> build() {
    return new LinkedHashMap<>(body);
  }
}
