package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.AttachmentType;

/**
 * File names as clients send them are only a label: directories, control characters and excess
 * length are removed, and a name that ends up empty becomes {@code 附件.pdf} (or .png, .jpg).
 */
final class FileNames {
  static final int MAX_LENGTH = 200;

  private FileNames() {}

  static String safe(String given, AttachmentType type) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "附件" + type.extension();
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
    }
    return name;
  }
}
