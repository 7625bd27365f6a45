package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Metadata of a file attached to a report; the file itself lives in document storage. */
@Embeddable
public class Attachment {
  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "storage_ref")
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
