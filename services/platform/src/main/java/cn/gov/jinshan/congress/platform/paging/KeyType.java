package cn.gov.jinshan.congress.platform.paging;

/** The kinds of sort value a keyset page token carries; each is written with its own tag. */
public enum KeyType {
  TEXT('T'),
  UUID('U'),
  DATE('D'),
  INSTANT('I'),
  NUMBER('N');

  private final char tag;

  KeyType(char tag) {
    this.tag = tag;
  }

  char tag() {
    return tag;
  }
}
