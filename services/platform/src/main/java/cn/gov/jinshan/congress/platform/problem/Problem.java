package cn.gov.jinshan.congress.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail.
 *
 * @param type a stable URI per kind of error
 * @param code the kind as a short code, for clients that switch on it
 * @param errors the violated fields of a validation error, otherwise absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://congress.jinshan.gov.cn/problems/";

  /** One violated field: a path such as {@code name} or {@code items[2].title}. */
  public record FieldError(String field, String message) {}
}
