package cn.gov.jinshan.congress.console.api;

import java.util.List;

/** An RFC 9457 problem as the platform's APIs answer it (in Chinese: we ask for zh-CN). */
public record Problem(
    String type, String title, int status, String detail, String code, List<FieldError> errors) {

  /** One violated field, named by its JSON path ({@code title}, {@code items[2].name}). */
  public record FieldError(String field, String message) {}

  public List<FieldError> fieldErrors() {
    return errors == null ? List.of() : errors;
  }
}
