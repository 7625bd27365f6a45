package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Embeddable;

/** Metadata of a file attached to a report; the file itself lives in document storage. */
@Embeddable
public class Attachment {
  private String fileName;

  private String mediaType;

  private long sizeBytes;

  private String storageRef;

  protected Attachment() {}

  public Attachment(String fileName, String mediaType, long sizeBytes, String storageRef) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.storageRef = storageRef;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String storageRef() {
    return storageRef;
  }
}
