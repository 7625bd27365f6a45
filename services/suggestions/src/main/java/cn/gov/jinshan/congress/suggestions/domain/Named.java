package cn.gov.jinshan.congress.suggestions.domain;

/** A code known as text (e.g. a deputy's status from another service) with its Chinese name. */
public record Named(String name, String label) implements Labelled {
  /** A deputy's status as the deputies service names it. */
  public static Named deputyStatus(String status) {
    String label =
        switch (status == null ? "" : status) {
          case "ACTIVE" -> "在任";
          case "SUSPENDED" -> "暂停执行代表职务";
          case "TERMINATED" -> "代表资格终止";
          default -> status;
        };
    return new Named(status, label);
  }

  @Override
  public String toString() {
    return name;
  }
}
