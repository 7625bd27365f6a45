package cn.gov.jinshan.congress.suggestions.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an item or reply may carry, recognised by their first bytes: what a client
 * declares is not trusted, so a renamed executable is refused and a mislabelled scan still served
 * with its true type.
 */
public enum AttachmentType {
  PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  AttachmentType(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The type whose signature the content starts with, if any. */
  public static Optional<AttachmentType> of(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.startsOf(content)).findFirst();
  }

  private boolean startsOf(byte[] content) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
