package cn.gov.jinshan.congress.platform.json;

import java.util.List;

/** A request body had fields its operation does not accept (all of them are listed). */
public class UnknownFieldsException extends RuntimeException {
  private final transient List<UnknownFields.UnknownField> fields;

  public UnknownFieldsException(List<UnknownFields.UnknownField> fields, Throwable alsoFailed) {
    super("unknown fields: " + fields.stream().map(UnknownFields.UnknownField::path).toList());
    this.fields = List.copyOf(fields);
    if (alsoFailed != null) {
      initCause(alsoFailed);
    }
  }

  public List<UnknownFields.UnknownField> fields() {
    return fields;
  }
}
